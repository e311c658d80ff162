// Jiffy Studio's page. Every request carries the token the page was opened with; the server refuses any other.
const token = new URLSearchParams(location.search).get('token');
const $ = id => document.getElementById(id);
const url = (path, params = {}) => path + '?' + new URLSearchParams({ token, ...params });

// Defaults that preview quickly: the first 3 s, 480 px wide, 12 fps (a 3 s, 480 px GIF encodes in about a second).
const FIRST_SELECTION_SECONDS = 3;
// Settings settle for this long before a preview starts: typing "480" is one preview, not three.
const SETTLE_MS = 300;
const THUMBNAILS = 10;

const state = { file: null, info: null, t: 0, from: 0, to: 0, crop: null, textAt: null, freeze: null, loop: null,
                loops: [], freezeAt: 0, drawingFreeze: false, playing: false };
// make's caption colours: only a colour the user changed goes into the settings (and the command).
const DEFAULT_COLORS = { color: '#ffffff', strokeColor: '#000000' };
let settleTimer = null;
// The preview being made (its request, to abort when a newer one starts).
let previewRequest = null;

function say(text, isError = false) {
  $('message').textContent = text;
  $('message').className = isError ? 'error' : '';
}

async function fetchOk(input, init) {
  const response = await fetch(input, init);
  if (!response.ok) {
    throw new Error(await response.text());
  }
  return response;
}

const round = t => Math.round(t * 1e6) / 1e6;
const frameStep = () => 1 / (state.info.fps || 25);

function settings() {
  const s = { file: state.file, from: round(state.from), to: round(state.to), speed: $('speed').value };
  // With a size target the search chooses the quality (as make --target without --quality).
  const target = $('target').value.trim();
  if (target) s.target = target; else s.quality = $('quality').value;
  if ($('width').value) s.width = $('width').value;
  if ($('fps').value) s.fps = $('fps').value;
  if ($('text').value.trim()) {
    s.text = $('text').value;
    if ($('font').value) s.font = $('font').value;
    if ($('fontSize').value) s.fontSize = $('fontSize').value;
    if ($('strokeWidth').value) s.strokeWidth = $('strokeWidth').value;
    for (const id of ['color', 'strokeColor']) if ($(id).value !== DEFAULT_COLORS[id]) s[id] = $(id).value;
    if (state.textAt) s.textAt = state.textAt.join(',');
  }
  if (state.crop) s.crop = state.crop.join(',');
  if ($('loop').value) s.loop = $('loop').value;
  if ($('loop').value === 'crossfade') s.crossfade = $('crossfade').value;
  if ($('bw').checked) s.bw = 1;
  if ($('bg').checked) s.bg = 1;
  if (state.freeze) {
    s.freeze = freezeInGif().join(',');
    if (state.freezeAt) s.freezeAt = round(state.freezeAt);
  }
  return s;
}

function showFrame(t) {
  state.t = Math.max(0, Math.min(t, state.info.duration - frameStep() / 2));
  $('frame').src = url('/frame', { file: state.file, t: state.t });
  $('scrub').value = state.t;
  $('now').textContent = round(state.t);
}

function showTimes() {
  $('in').textContent = round(state.from);
  $('out').textContent = round(state.to);
}

async function open(file) {
  try {
    state.info = await (await fetchOk(url('/api/info', { file }))).json();
  } catch (e) {
    say(e.message, true);
    return;
  }
  state.file = file;
  state.from = 0;
  state.to = Math.min(state.info.duration, FIRST_SELECTION_SECONDS);
  state.crop = null;
  state.textAt = null;
  state.loop = null;
  if (loopSearch) loopSearch.abort();
  $('applyLoop').hidden = true;
  $('loopChoice').hidden = true;
  $('loopText').textContent = '';
  $('scrub').max = state.info.duration;
  $('scrub').step = frameStep();
  $('filmstrip').replaceChildren(...Array.from({ length: THUMBNAILS }, (_, i) => {
    const img = new Image();
    const t = round(i * state.info.duration / THUMBNAILS);
    img.src = url('/frame', { file, t, w: 160 });
    img.alt = t + ' s';
    img.onclick = () => showFrame(t);
    return img;
  }));
  say(`${file}: ${state.info.width}x${state.info.height}, ${round(state.info.duration)} s`);
  state.freeze = null;
  state.freezeAt = 0;
  showCrop();
  showFreeze();
  showTimes();
  showFrame(0);
  changed();
}

// A setting changed: after it settles, show the command and encode the real GIF; the previous preview is stale
// (the browser drops its request and the server cancels its render).
function changed() {
  clearTimeout(settleTimer);
  settleTimer = setTimeout(refresh, SETTLE_MS);
}

const kb = bytes => (bytes / 1000).toFixed(1) + ' KB';

async function refresh() {
  if (!state.file) return;
  const s = settings();
  try {
    $('command').textContent = (await (await fetchOk(url('/api/command', s))).json()).command;
  } catch (e) {
    say(e.message, true);
    return;
  }
  // One preview at a time: ending the old request tells the server nobody waits for it, and the new render makes it
  // stale anyway.
  if (previewRequest) previewRequest.abort();
  const request = previewRequest = new AbortController();
  $('estimate').textContent = 'estimating…';
  delete $('estimate').dataset.bytes;
  $('progress').value = 0;
  $('tries').replaceChildren();
  try {
    const response = await fetchOk(url('/api/preview/events', s), { signal: request.signal });
    // The server ends every stream with done, failed or stale.
    await readEvents(response, {
      // Told as the GIF is written (the bytes so far and the rest at their steady cost): an estimate until done.
      estimate: d => {
        $('estimate').textContent = `≈ ${kb(d.bytes)} (estimate, ${Math.round(100 * d.written)} % written)`;
      },
      progress: d => { $('progress').value = d.total ? d.done / d.total : 0; },
      starting: d => { $('estimate').textContent = `try ${d.number}: ${d.settings}…`; },
      try: d => {
        const li = document.createElement('li');
        li.textContent = `${d.settings}: ${kb(d.bytes)} ${d.fits ? 'fits' : 'too big'}`;
        $('tries').append(li);
      },
      warning: d => say(d.message),
      failed: d => { $('estimate').textContent = '…'; say(d.message, true); },
      done: async d => {
        try {
          // Fetched under the same request: a newer preview aborts it, so an older GIF never shows over a newer one.
          const gif = await (await fetchOk(url('/api/preview', { id: d.id }), { signal: request.signal })).blob();
          $('preview').src = URL.createObjectURL(gif);
          $('estimate').textContent = kb(d.bytes);
          $('estimate').dataset.bytes = d.bytes;
          $('progress').value = 1;
          say('preview ready');
        } catch (e) {
          if (e.name !== 'AbortError' && !e.message.startsWith('stale')) say(e.message, true);
        }
      },
    });
  } catch (e) {
    if (e.name !== 'AbortError') say('the studio stopped answering: ' + e.message, true);
  } finally {
    if (previewRequest === request) previewRequest = null;
  }
}

// Crop: drag on the frame; the box is kept in the video's pixels, whatever size the frame is drawn at.
function videoPoint(event) {
  const r = $('frame').getBoundingClientRect();
  const sx = state.info.width / r.width, sy = state.info.height / r.height;
  return [Math.max(0, Math.min(state.info.width, Math.round((event.clientX - r.left) * sx))),
          Math.max(0, Math.min(state.info.height, Math.round((event.clientY - r.top) * sy)))];
}

function boxFrom([ax, ay], [bx, by], aspect = $('aspect').value) {
  if (aspect !== 'free') {
    const ratio = Number(aspect);
    const w = Math.abs(bx - ax), h = Math.abs(by - ay);
    const width = Math.min(w, h * ratio), height = Math.round(width / ratio);
    bx = ax + Math.sign(bx - ax || 1) * Math.round(width);
    by = ay + Math.sign(by - ay || 1) * height;
  }
  const box = [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)];
  return box[2] - box[0] >= 2 && box[3] - box[1] >= 2 ? box : null;
}

function showCrop() {
  const box = $('cropbox');
  if (!state.crop) {
    box.hidden = true;
    $('cropText').textContent = 'whole frame';
    showCaption();
    showFreeze();
    return;
  }
  const [x1, y1, x2, y2] = state.crop;
  const f = $('frame').clientWidth / state.info.width;
  Object.assign(box.style, { left: x1 * f + 'px', top: y1 * f + 'px',
                             width: (x2 - x1) * f + 'px', height: (y2 - y1) * f + 'px' });
  box.hidden = false;
  showCaption();
  showFreeze();
  $('cropText').textContent = `${x1},${y1} to ${x2},${y2} (${x2 - x1}x${y2 - y1})`;
}

// The caption is placed in the GIF's pixels (after crop and resize), drawn here over the video's frame.
function gifGeometry() {
  const [x1, y1, x2, y2] = state.crop || [0, 0, state.info.width, state.info.height];
  const scale = ($('width').value ? Number($('width').value) : x2 - x1) / (x2 - x1);
  return { x1, y1, scale, height: Math.round((y2 - y1) * scale), width: Math.round((x2 - x1) * scale),
           f: $('frame').clientWidth / state.info.width };
}

function showCaption() {
  const box = $('captionbox');
  const text = $('text').value.trim();
  if (!state.info || !text) { box.hidden = true; return; }
  const g = gifGeometry();
  // make's default size: a tenth of the GIF's height, at least 8 px.
  const size = Number($('fontSize').value) || Math.max(8, Math.round(g.height * 0.1));
  box.textContent = text;
  Object.assign(box.style, { fontSize: size / g.scale * g.f + 'px', color: $('color').value,
                             webkitTextStroke: `1px ${$('strokeColor').value}` });
  box.hidden = false;
  const width = box.offsetWidth, height = box.offsetHeight;
  const [gx, gy] = state.textAt || [Math.round((g.width - width / g.f * g.scale) / 2),
                                    Math.round(g.height * 0.96 - height / g.f * g.scale)];
  box.style.left = (g.x1 + gx / g.scale) * g.f + 'px';
  box.style.top = (g.y1 + gy / g.scale) * g.f + 'px';
  $('textAtText').textContent = state.textAt ? `at ${state.textAt.join(',')} px in the GIF` : 'at the bottom';
}

let captionDrag = null;
$('captionbox').addEventListener('mousedown', e => {
  const box = $('captionbox').getBoundingClientRect();
  captionDrag = { dx: e.clientX - box.left, dy: e.clientY - box.top };
  e.stopPropagation();
  e.preventDefault();
});
function placeCaption(e) {
  const r = $('frame').getBoundingClientRect(), g = gifGeometry();
  const vx = (e.clientX - captionDrag.dx - r.left) / g.f, vy = (e.clientY - captionDrag.dy - r.top) / g.f;
  state.textAt = [Math.round((vx - g.x1) * g.scale), Math.round((vy - g.y1) * g.scale)];
  showCaption();
}
window.addEventListener('mousemove', e => { if (captionDrag) placeCaption(e); });
window.addEventListener('mouseup', e => { if (captionDrag) { placeCaption(e); captionDrag = null; changed(); } });
$('resetText').onclick = () => { state.textAt = null; showCaption(); changed(); };

// The freeze region is drawn on the video's frame like the crop, and sent in the GIF's pixels, as make wants it.
function freezeInGif() {
  const g = gifGeometry();
  const [x1, y1, x2, y2] = state.freeze;
  const clamp = (v, max) => Math.max(0, Math.min(max, v));
  return [clamp(Math.round((x1 - g.x1) * g.scale), g.width), clamp(Math.round((y1 - g.y1) * g.scale), g.height),
          clamp(Math.round((x2 - g.x1) * g.scale), g.width), clamp(Math.round((y2 - g.y1) * g.scale), g.height)];
}

function showFreeze() {
  const box = $('freezebox');
  if (!state.freeze || !state.info) { box.hidden = true; $('freezeText').textContent = 'none'; return; }
  const [x1, y1, x2, y2] = state.freeze;
  const f = $('frame').clientWidth / state.info.width;
  Object.assign(box.style, { left: x1 * f + 'px', top: y1 * f + 'px',
                             width: (x2 - x1) * f + 'px', height: (y2 - y1) * f + 'px' });
  box.hidden = false;
  $('freezeText').textContent = `${freezeInGif().join(',')} in the GIF, as at ${round(state.freezeAt)} s`;
}

function drawingFreeze(on) {
  state.drawingFreeze = on;
  $('drawFreeze').setAttribute('aria-pressed', String(on));
}
$('drawFreeze').onclick = () => drawingFreeze(!state.drawingFreeze);
$('clearFreeze').onclick = () => { state.freeze = null; showFreeze(); changed(); };
// The frozen picture is the GIF's frame at the playhead: its time in the GIF, after the in point and the speed.
$('freezeHere').onclick = () => {
  state.freezeAt = Math.max(0, (state.t - state.from) / Number($('speed').value || 1));
  showFreeze(); changed();
};

let dragStart = null;
$('stage').addEventListener('mousedown', e => { if (state.info) { dragStart = videoPoint(e); e.preventDefault(); } });
window.addEventListener('mousemove', e => {
  if (!dragStart) return;
  if (state.drawingFreeze) { state.freeze = boxFrom(dragStart, videoPoint(e), 'free'); showFreeze(); }
  else { state.crop = boxFrom(dragStart, videoPoint(e)); showCrop(); }
});
window.addEventListener('mouseup', e => {
  if (!dragStart) return;
  if (state.drawingFreeze) {
    state.freeze = boxFrom(dragStart, videoPoint(e), 'free'); drawingFreeze(false); showFreeze();
  } else {
    state.crop = boxFrom(dragStart, videoPoint(e)); showCrop();
  }
  dragStart = null;
  changed();
});
$('clearCrop').onclick = () => { state.crop = null; showCrop(); changed(); };

// Timeline: in and out points are exact frame times; the out point is the end of the frame the playhead shows.
// An in point set after the out point carries the selection along (same length, as far as the video goes), and so
// does an out point set before the in point: the point just set is where the user is looking.
function setIn() {
  const length = state.to - state.from;
  state.from = Math.min(state.t, state.info.duration - frameStep());
  if (state.to <= state.from) state.to = Math.min(state.info.duration, state.from + length);
  showTimes(); changed();
}
function setOut() {
  const length = state.to - state.from;
  state.to = Math.min(state.info.duration, state.t + frameStep());
  if (state.from >= state.to) state.from = Math.max(0, state.to - length);
  showTimes(); changed();
}
function togglePlay() {
  state.playing = !state.playing;
  $('play').textContent = state.playing ? 'Pause' : 'Play';
  if (state.playing) showFrame(state.t + frameStep());
}
// Playing shows each next frame once the last has arrived: decoded frames, as fast as the server gives them.
$('frame').addEventListener('load', () => {
  if (!state.playing) return;
  if (state.t + frameStep() >= state.info.duration) { togglePlay(); return; }
  showFrame(state.t + frameStep());
});
$('scrub').addEventListener('input', () => showFrame(Number($('scrub').value)));
$('play').onclick = togglePlay;
$('prev').onclick = () => showFrame(state.t - frameStep());
$('next').onclick = () => showFrame(state.t + frameStep());
$('setIn').onclick = setIn;
$('setOut').onclick = setOut;
document.addEventListener('keydown', e => {
  if (!state.info || e.target.tagName === 'INPUT' || e.target.tagName === 'SELECT') return;
  const actions = { ' ': togglePlay, ArrowLeft: () => showFrame(state.t - frameStep()),
                    ArrowRight: () => showFrame(state.t + frameStep()), i: setIn, I: setIn, o: setOut, O: setOut };
  if (actions[e.key]) { e.preventDefault(); actions[e.key](); }
});

for (const id of ['width', 'fps', 'speed', 'text', 'quality', 'target', 'font', 'fontSize', 'color', 'strokeColor',
                  'strokeWidth']) $(id).addEventListener('input', changed);
for (const id of ['width', 'text', 'fontSize', 'color', 'strokeColor']) $(id).addEventListener('input', showCaption);
for (const id of ['loop', 'crossfade', 'bw', 'bg']) $(id).addEventListener('input', changed);
$('width').addEventListener('input', showFreeze);

// Server-sent events read from a fetch (not EventSource, which cannot read the one line of a refused request, and
// reconnects by itself): handlers by event name, each given the event's JSON data.
async function readEvents(response, handlers) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const field = name => (block.split('\n').find(l => l.startsWith(name + ': ')) || '').slice(name.length + 2);
      const handle = handlers[field('event')];
      if (handle) handle(JSON.parse(field('data')));
    }
  }
}

// Find loop: the server searches the video around the in and out points for the pair whose out frame best matches
// the in frame (as jiffy make --find-loop does), and the runners-up to choose from; Apply makes the chosen pair the
// selection. Pressing again stops the last search (the aborted request ends its stream, and the newer search makes it
// stale on the server).
let loopSearch = null;
$('findLoop').onclick = async () => {
  if (!state.file) return;
  if (loopSearch) loopSearch.abort();
  const search = loopSearch = new AbortController();
  state.loop = null;
  $('applyLoop').hidden = true;
  $('loopChoice').hidden = true;
  $('loopText').textContent = 'searching…';
  const params = { file: state.file, from: round(state.from), to: round(state.to) };
  if ($('loopRadius').value) params.radius = $('loopRadius').value;
  try {
    const response = await fetchOk(url('/api/loop', params), { signal: search.signal });
    await readEvents(response, {
      progress: d => { $('loopText').textContent = `searching… ${d.done} of ${d.total} frames`; },
      found: d => {
        // The best pair, and the runners-up to choose from (best first).
        state.loops = [d, ...d.others];
        $('loopChoice').replaceChildren(...state.loops.map((loop, i) => {
          const option = document.createElement('option');
          option.value = i;
          option.textContent = loop.text + (loop.seamless ? ', loops smoothly' : '');
          return option;
        }));
        $('loopChoice').hidden = state.loops.length < 2;
        chooseLoop(0);
        $('applyLoop').hidden = false;
      },
      failed: d => { $('loopText').textContent = ''; say(d.message, true); },
      stale: () => { $('loopText').textContent = 'stopped'; },
    });
  } catch (e) {
    if (e.name === 'AbortError') return;
    $('loopText').textContent = '';
    say(e.message, true);
  } finally {
    if (loopSearch === search) loopSearch = null;
  }
};
function chooseLoop(i) {
  const loop = state.loop = state.loops[i];
  $('loopChoice').value = i;
  $('loopText').textContent = loop.text + (loop.seamless ? ': loops smoothly'
    : ': no close match nearby, the jump back will show (try another selection or a wider search)');
}
$('loopChoice').oninput = () => chooseLoop(Number($('loopChoice').value));
$('applyLoop').onclick = () => {
  if (!state.loop) return;
  $('loopChoice').hidden = true;
  state.from = state.loop.from;
  state.to = state.loop.to;
  $('applyLoop').hidden = true;
  $('loopText').textContent = `applied: ${state.loop.text}`;
  showTimes();
  showFrame(state.from);
  changed();
};

async function copy(text) {
  try { await navigator.clipboard.writeText(text); say('copied'); } catch (e) { say('select the text and copy it'); }
}
$('copyCommand').onclick = () => copy($('command').textContent);
$('copyJava').onclick = async () => {
  try {
    const program = (await (await fetchOk(url('/api/java', settings()))).json()).java;
    $('java').textContent = program;
    $('java').hidden = false;
    await copy(program);
  } catch (e) {
    say(e.message, true);
  }
};
$('target').addEventListener('input', () => { $('quality').disabled = $('target').value.trim() !== ''; });
$('quality').addEventListener('input', () => { $('qualityValue').textContent = $('quality').value; });
$('aspect').addEventListener('change', () => { state.crop = null; showCrop(); changed(); });

$('export').onclick = async () => {
  say('exporting…');
  try {
    const result = await (await fetchOk(url('/api/export', settings()), { method: 'POST' })).json();
    say(`wrote ${result.file} (${kb(result.bytes)})` + result.warnings.map(w => '; ' + w).join(''));
    $('export').dataset.file = result.file;
  } catch (e) {
    say(e.message, true);
  }
};

// Open by drop: the video is uploaded into the studio's folder (under a safe name) and opened.
document.addEventListener('dragover', e => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
document.addEventListener('drop', async e => {
  e.preventDefault();
  const file = e.dataTransfer.files[0];
  if (!file) return;
  say(`uploading ${file.name} (${kb(file.size)})…`);
  try {
    const saved = await (await fetchOk(url('/api/upload', { name: file.name }), { method: 'POST', body: file })).json();
    $('files').replaceChildren(...saved.videos.map(name => new Option(name, name, false, name === saved.file)));
    open(saved.file);
  } catch (err) {
    say(err.message, true);
  }
});

async function start() {
  let listing;
  try {
    listing = await (await fetchOk(url('/api/files'))).json();
  } catch (e) {
    say(e.message, true);
    return;
  }
  try {
    const fonts = await (await fetchOk(url('/api/fonts'))).json();
    $('font').append(...fonts.fonts.map(name => new Option(name + (name === fonts.default ? ' (default)' : ''), name)));
  } catch (e) {
    say(e.message, true);
  }
  $('targets').replaceChildren(...listing.targets.map(name => new Option(name)));
  const wanted = new URLSearchParams(location.search).get('video');
  $('files').replaceChildren(...listing.videos.map(name => new Option(name, name, false, name === wanted)));
  $('files').onchange = () => open($('files').value);
  if (wanted || listing.videos.length) open(wanted || listing.videos[0]);
  else say('no videos in ' + listing.folder + ': start jiffy studio in a folder of videos', true);
}
start();
$('frame').addEventListener('load', showCaption);

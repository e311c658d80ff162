// Drives Jiffy Studio's page as a person would, through the events its controls listen to: waits for the first
// preview, steps the playhead with the arrow keys, sets in and out with I and O, drags a crop box over the frame, sets
// the width, types a caption, gives it a size, colour and outline and drags it to the top left, sets a size target
// and waits for its tries, turns on boomerang, presses Find loop and applies it, waits for the preview of all that,
// and exports. Answers "name=value" lines. TARGET is replaced by the size target to type.
(async () => {
  const WIDTH = 240;
  const $ = id => document.getElementById(id);
  // Waits for the page to get somewhere: checked again on every change to the page and every image loaded, so it
  // goes on the moment the page does; the time limit is only for a page that never gets there.
  const until = (ok, what, seconds = 150) => new Promise((resolve, reject) => {
    const stop = () => {
      observer.disconnect();
      document.removeEventListener('load', check, true);
      document.removeEventListener('error', check, true);
      clearTimeout(limit);
    };
    const check = () => {
      try {
        if (ok()) { stop(); resolve(); }
      } catch (e) { stop(); reject(e); }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true,
                                                 characterData: true });
    document.addEventListener('load', check, true);
    document.addEventListener('error', check, true);
    const limit = setTimeout(() => {
      stop();
      reject(new Error(`the page never got ${what} in ${seconds} s; it says: ${$('message').textContent}`));
    }, seconds * 1000);
    check();
  });
  if (document.readyState !== 'complete') await new Promise(loaded => addEventListener('load', loaded, { once: true }));
  const key = k => document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  const type = (id, value) => { $(id).value = value; $(id).dispatchEvent(new Event('input', { bubbles: true })); };
  const mouse = (target, name, x, y) =>
    target.dispatchEvent(new MouseEvent(name, { clientX: x, clientY: y, bubbles: true }));
  const previewOf = async (commandPart, what) => {
    await until(() => $('command').textContent.includes(commandPart) && $('estimate').dataset.bytes,
                'a preview of ' + what);
  };

  await until(() => $('estimate').dataset.bytes && $('frame').complete && $('frame').naturalWidth > 0,
              'its first preview');
  const thumbnails = [...$('filmstrip').querySelectorAll('img')];
  await until(() => thumbnails.every(img => img.complete && img.naturalWidth > 0), 'its filmstrip');

  for (let i = 0; i < 120; i++) key('ArrowRight');
  key('i');
  for (let i = 0; i < 11; i++) key('ArrowRight');
  key('o');
  const keyed = { in: $('in').textContent, out: $('out').textContent };

  // Drag from the video's pixel (300, 40) to (940, 680) on the frame as it is drawn at that moment; a mouse is as
  // precise as a screen pixel, which is more than one of the video's when the frame is drawn smaller.
  const frame = $('frame').getBoundingClientRect();
  const screen = (x, y) => [frame.left + x * frame.width / 1280, frame.top + y * frame.height / 720];
  mouse($('stage'), 'mousedown', ...screen(300, 40));
  mouse(window, 'mousemove', ...screen(700, 400));
  mouse(window, 'mouseup', ...screen(940, 680));
  const cropText = $('cropText').textContent;

  type('width', String(WIDTH));
  type('text', 'Hi');
  type('fontSize', '24');
  type('color', '#ff00ff');
  type('strokeColor', '#400040');
  type('strokeWidth', '1');
  // The caption's top left to the GIF's pixel (8, 6): grabbed 4 px inside its box, let go where that point lands.
  await until(() => !$('captionbox').hidden, 'the caption on the frame');
  const [x1, y1, x2] = cropText.split(/[ ,]/).filter(v => /^\d+$/.test(v)).map(Number);
  const perGifPixel = (x2 - x1) / WIDTH;
  const box = $('captionbox').getBoundingClientRect();
  mouse($('captionbox'), 'mousedown', box.left + 4, box.top + 4);
  mouse(window, 'mousemove', box.left - 20, box.top - 20);
  const [dropX, dropY] = screen(x1 + 8 * perGifPixel, y1 + 6 * perGifPixel);
  mouse(window, 'mouseup', dropX + 4, dropY + 4);
  await previewOf('--text-pos', 'the caption where it was dragged');

  // A size target the first try misses: each try is listed, and the last event is the fitted size.
  type('target', 'TARGET');
  $('loop').value = 'boomerang';
  $('loop').dispatchEvent(new Event('input', { bubbles: true }));
  await previewOf('--boomerang --text', 'the boomerang under the target');
  const tries = [...$('tries').children].map(li => li.textContent);

  $('findLoop').click();
  await until(() => !$('applyLoop').hidden, 'a loop found');
  const found = $('loopText').textContent;
  const choices = [...$('loopChoice').options].map(option => option.textContent);
  $('applyLoop').click();
  await previewOf('--from ' + $('in').textContent + ' --to ' + $('out').textContent, 'the loop applied');
  const loopTries = [...$('tries').children].map(li => li.textContent);

  $('export').click();
  await until(() => $('message').textContent.startsWith('wrote'), 'an exported GIF');
  return ['keyedIn=' + keyed.in, 'keyedOut=' + keyed.out, 'in=' + $('in').textContent, 'out=' + $('out').textContent,
          'crop=' + cropText, 'scale=' + 1280 / frame.width, 'textAt=' + $('textAtText').textContent,
          'estimate=' + $('estimate').dataset.bytes, 'shown=' + $('estimate').textContent,
          'thumbnails=' + thumbnails.length, 'tries=' + tries.join('|'), 'loopTries=' + loopTries.join('|'),
          'found=' + found, 'choices=' + choices.join('|'), 'loop=' + $('loopText').textContent,
          'message=' + $('message').textContent, 'command=' + $('command').textContent].join('\n');
})()

// Drives Jiffy Studio's page as a person would, through the events its controls listen to: waits for the first
// preview, steps the playhead with the arrow keys, sets in and out with I and O, drags a crop box over the frame,
// sets the width, types a caption, waits for the preview of those settings, and exports. Answers "name=value" lines.
(async () => {
  const $ = id => document.getElementById(id);
  const until = async (ok, what) => {
    for (let i = 0; i < 1200; i++) {
      if (ok()) return;
      await new Promise(r => setTimeout(r, 50));
    }
    throw new Error('the page never got ' + what + '; it says: ' + $('message').textContent);
  };
  const key = k => document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  const type = (id, value) => { $(id).value = value; $(id).dispatchEvent(new Event('input', { bubbles: true })); };

  await until(() => $('estimate').dataset.bytes && $('frame').complete && $('frame').naturalWidth > 0,
              'its first preview');
  const thumbnails = [...$('filmstrip').querySelectorAll('img')];
  await until(() => thumbnails.every(img => img.complete && img.naturalWidth > 0), 'its filmstrip');

  for (let i = 0; i < 24; i++) key('ArrowRight');
  key('i');
  for (let i = 0; i < 11; i++) key('ArrowRight');
  key('o');

  // Drag from the video's pixel (320, 180) to (960, 540) on the frame as it is drawn at that moment; a mouse is as
  // precise as a screen pixel, which is more than one of the video's when the frame is drawn smaller.
  const at = (x, y) => {
    const r = $('frame').getBoundingClientRect();
    return { clientX: r.left + x * r.width / 1280, clientY: r.top + y * r.height / 720, bubbles: true };
  };
  $('stage').dispatchEvent(new MouseEvent('mousedown', at(320, 180)));
  window.dispatchEvent(new MouseEvent('mousemove', at(700, 400)));
  window.dispatchEvent(new MouseEvent('mouseup', at(960, 540)));

  type('width', '160');
  delete $('estimate').dataset.bytes;
  type('text', 'Hello');
  await until(() => $('command').textContent.includes('--text Hello') && $('estimate').dataset.bytes,
              'a preview of the new settings');

  $('export').click();
  await until(() => $('message').textContent.startsWith('wrote'), 'an exported GIF');
  return ['in=' + $('in').textContent, 'out=' + $('out').textContent, 'crop=' + $('cropText').textContent, 'scale=' + 1280 / $('frame').getBoundingClientRect().width,
          'estimate=' + $('estimate').dataset.bytes, 'thumbnails=' + thumbnails.length,
          'message=' + $('message').textContent, 'command=' + $('command').textContent].join('\n');
})()

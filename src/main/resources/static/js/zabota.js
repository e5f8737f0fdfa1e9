// Shared portal behaviour: confirmation before destructive or signing actions.
// A form or button with data-confirm="Текст вопроса" asks before it submits.
document.addEventListener('submit', function (e) {
  var form = e.target;
  var btn = e.submitter;
  var text = (btn && btn.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
  if (text && !window.confirm(text)) {
    e.preventDefault();
  }
}, true);

// A select with data-autosubmit submits its form when changed (the form also has a button without JS).
document.addEventListener('change', function (e) {
  if (e.target.matches && e.target.matches('select[data-autosubmit]')) e.target.form.submit();
});

// Signature pad: the recipient draws with a finger, stylus or mouse; the PNG goes with the form as a data URL.
document.querySelectorAll('canvas[data-signature-pad]').forEach(function (canvas) {
  var form = canvas.closest('form');
  var value = form.querySelector('[data-signature-value]');
  var empty = form.querySelector('[data-signature-empty]');
  var ctx = canvas.getContext('2d');
  var drawn = false, last = null;

  function fit() {
    var ratio = Math.max(window.devicePixelRatio || 1, 1);
    var rect = canvas.getBoundingClientRect();
    canvas.width = Math.round(rect.width * ratio);
    canvas.height = Math.round(rect.height * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.lineWidth = 2.5; ctx.lineCap = 'round'; ctx.lineJoin = 'round'; ctx.strokeStyle = '#1a237e';
    drawn = false;
  }
  function point(e) {
    var rect = canvas.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  }
  canvas.addEventListener('pointerdown', function (e) {
    canvas.setPointerCapture(e.pointerId);
    last = point(e);
    ctx.beginPath(); ctx.arc(last.x, last.y, 1.2, 0, 2 * Math.PI); ctx.fillStyle = ctx.strokeStyle; ctx.fill();
    e.preventDefault();
  });
  canvas.addEventListener('pointermove', function (e) {
    if (!last) return;
    var p = point(e);
    ctx.beginPath(); ctx.moveTo(last.x, last.y); ctx.lineTo(p.x, p.y); ctx.stroke();
    last = p; drawn = true;
    if (empty) empty.hidden = true;
    e.preventDefault();
  });
  ['pointerup', 'pointercancel', 'pointerleave'].forEach(function (t) {
    canvas.addEventListener(t, function () { last = null; });
  });
  form.querySelector('[data-signature-clear]').addEventListener('click', function () {
    ctx.clearRect(0, 0, canvas.width, canvas.height); drawn = false; value.value = '';
  });
  form.addEventListener('submit', function (e) {
    if (!drawn) { e.preventDefault(); if (empty) empty.hidden = false; return; }
    value.value = canvas.toDataURL('image/png');
  });
  fit();
  window.addEventListener('resize', function () { if (!drawn) fit(); });
});

// A form with data-once disables its submit buttons once it submits (a double click sends one request).
document.addEventListener('submit', function (e) {
  var form = e.target;
  if (e.defaultPrevented || !form.hasAttribute || !form.hasAttribute('data-once')) return;
  setTimeout(function () {
    form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
  }, 0);
});

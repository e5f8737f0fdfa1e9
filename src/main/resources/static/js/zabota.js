// Shared portal behaviour.
// 1. Confirmation: a form or button with data-confirm="Текст вопроса" asks in a Bootstrap dialog «Да» / «Нет» (never
//    the browser's confirm()); «Да» submits the form with the same button.
// 2. One action per click: once a POST form is really submitted (no handler stopped it), its buttons are disabled,
//    so a double click sends nothing more; they come back if the page is shown again from the browser's cache.
var zbConfirm = (function () {
  var modal, text, yes, onYes;
  function build() {
    var el = document.createElement('div');
    el.className = 'modal fade';
    el.id = 'zbConfirm';
    el.tabIndex = -1;
    el.setAttribute('aria-labelledby', 'zbConfirmText');
    el.setAttribute('aria-hidden', 'true');
    el.innerHTML = '<div class="modal-dialog modal-dialog-centered"><div class="modal-content">'
      + '<div class="modal-body"><p class="fs-6 mb-0" id="zbConfirmText"></p></div>'
      + '<div class="modal-footer">'
      + '<button type="button" class="btn btn-outline-secondary" data-bs-dismiss="modal" id="zbConfirmNo">Нет</button>'
      + '<button type="button" class="btn btn-primary" id="zbConfirmYes">Да</button>'
      + '</div></div></div>';
    document.body.appendChild(el);
    text = el.querySelector('#zbConfirmText');
    yes = el.querySelector('#zbConfirmYes');
    modal = bootstrap.Modal.getOrCreateInstance(el);
    yes.addEventListener('click', function () {
      var f = onYes;
      onYes = null;
      modal.hide();
      if (f) f();
    });
  }
  return function (question, then) {
    if (!modal) build();
    text.textContent = question;
    onYes = then;
    modal.show();
  };
})();

document.addEventListener('submit', function (e) {
  var form = e.target;
  var btn = e.submitter;
  if (form.getAttribute('data-submitted')) { e.preventDefault(); return; }
  var question = (btn && btn.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
  if (question && !form.zbConfirmed) {
    e.preventDefault();
    e.stopImmediatePropagation();
    zbConfirm(question, function () {
      form.zbConfirmed = true;
      if (form.requestSubmit) form.requestSubmit(btn || undefined); else form.submit();
    });
    return;
  }
  form.zbConfirmed = false;
}, true);

document.addEventListener('submit', function (e) {
  var form = e.target;
  if (e.defaultPrevented || (form.getAttribute('method') || 'get').toLowerCase() !== 'post') return;
  form.setAttribute('data-submitted', 'true');
  // after the browser has taken the pressed button's name and value into the request
  setTimeout(function () {
    form.querySelectorAll('button, input[type=submit]').forEach(function (b) {
      b.disabled = true;
      b.setAttribute('aria-disabled', 'true');
    });
  }, 0);
});

window.addEventListener('pageshow', function (e) {
  if (!e.persisted) return;
  document.querySelectorAll('form[data-submitted]').forEach(function (form) {
    form.removeAttribute('data-submitted');
    form.querySelectorAll('button, input[type=submit]').forEach(function (b) { b.disabled = false; b.removeAttribute('aria-disabled'); });
  });
});

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


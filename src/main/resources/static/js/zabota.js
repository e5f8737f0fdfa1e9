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

// Forms marked data-once: the send button is disabled after the first submit, so a double click sends once.
document.querySelectorAll('form[data-once]').forEach(function (form) {
  form.addEventListener('submit', function (e) {
    if (e.defaultPrevented) return;
    form.querySelectorAll('button[type=submit]').forEach(function (b) {
      b.disabled = true;
      b.textContent = 'Отправляется…';
    });
  });
});

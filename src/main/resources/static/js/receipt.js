// Receipt page: a payment decision is sent once — its buttons are disabled as soon as the form submits
// (after the submit has taken the pressed button's value), so a double click does not send it twice.
document.querySelectorAll('form[data-disable-on-submit]').forEach(function (form) {
  form.addEventListener('submit', function (e) {
    if (e.defaultPrevented) return;
    setTimeout(function () {
      document.querySelectorAll('#paymentDecision button, #rejectModal button[type=submit]').forEach(function (b) {
        b.disabled = true;
      });
    }, 0);
  });
});

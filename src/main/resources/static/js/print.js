// «Печать» on printable pages (the act of services): the browser's print dialog for the page.
document.querySelectorAll('[data-print]').forEach(function (b) {
    b.addEventListener('click', function () { window.print(); });
});

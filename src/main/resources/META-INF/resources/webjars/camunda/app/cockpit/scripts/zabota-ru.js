/*
 * Zabota: the few words Cockpit's templates write in English without a translation key (the «Actions» column of
 * the variables table) are replaced in the node Angular rendered. Loaded through config.js `customScripts`.
 */
(function () {
  var WORDS = { Actions: 'Действия' };

  function translate() {
    document.querySelectorAll('thead td, thead th').forEach(function (cell) {
      cell.childNodes.forEach(function (node) {
        if (node.nodeType !== Node.TEXT_NODE) return;
        var t = node.data.trim();
        if (WORDS[t]) node.data = node.data.replace(t, WORDS[t]);
      });
    });
  }

  var scheduled = false;
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    setTimeout(function () { scheduled = false; translate(); }, 50);
  }

  function start() {
    translate();
    new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);
})();

export default [];

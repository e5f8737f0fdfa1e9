/*
 * Zabota: Camunda Forms (form-js) in Tasklist speak Russian and write dates as дд.мм.гггг whatever the browser's
 * language is. Loaded through config.js `customScripts` before the forms render.
 *
 * 1. form-js takes the date format of its pickers from `new Intl.DateTimeFormat('default')`, i.e. the browser's
 *    language (an English browser gets M/d/yyyy and shows 9/4/2027). The default locale becomes ru-RU, so the
 *    pickers parse and show dd.MM.yyyy; an explicit locale passed by other code is left as it is.
 * 2. The few English words form-js has no translation mechanism for (the select placeholder «Select», the picker
 *    placeholder, validation messages, the calendar's month and weekday names) are replaced as they appear.
 */
(function () {
  var Native = Intl.DateTimeFormat;
  if (!Native.__zabota) {
    var Ru = function (locales, options) {
      var l = (locales === undefined || locales === 'default') ? 'ru-RU' : locales;
      return new Native(l, options);
    };
    Ru.prototype = Native.prototype;
    Ru.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
    Ru.__zabota = true;
    Intl.DateTimeFormat = Ru;
  }

  var MONTHS = {
    January: 'Январь', February: 'Февраль', March: 'Март', April: 'Апрель', May: 'Май', June: 'Июнь',
    July: 'Июль', August: 'Август', September: 'Сентябрь', October: 'Октябрь', November: 'Ноябрь', December: 'Декабрь'
  };
  var WEEKDAYS = { Sun: 'Вс', Mon: 'Пн', Tue: 'Вт', Wed: 'Ср', Thu: 'Чт', Fri: 'Пт', Sat: 'Сб' };
  var PLACEHOLDERS = { 'dd.mm.yyyy': 'дд.мм.гггг', 'mm/dd/yyyy': 'дд.мм.гггг', 'hh:mm': 'чч:мм', 'Search': 'Поиск' };
  var ERRORS = [
    [/^Field is required\.$/, 'Заполните поле.'],
    [/^Field must have minimum value of (.*)\.$/, 'Значение не меньше $1.'],
    [/^Field must have maximum value of (.*)\.$/, 'Значение не больше $1.'],
    [/^Field must have minimum length of (.*)\.$/, 'Не короче $1 символов.'],
    [/^Field must have maximum length of (.*)\.$/, 'Не длиннее $1 символов.'],
    [/^Field must match pattern (.*)\.$/, 'Значение не соответствует образцу.'],
    [/^Field must be a valid email\.$/, 'Укажите адрес электронной почты.'],
    [/^Date must match pattern.*$/, 'Укажите дату в виде дд.мм.гггг.']
  ];

  var WORDS = { 'Select': 'Выберите', 'No results': 'Ничего не найдено', 'Nothing to show.': 'Нечего показать.' };
  Object.keys(MONTHS).forEach(function (m) { WORDS[m] = MONTHS[m]; });
  Object.keys(WEEKDAYS).forEach(function (d) { WORDS[d] = WEEKDAYS[d]; });

  // Text is changed in the node form-js (Preact) rendered, never by replacing the node: Preact keeps writing into
  // the same node, so a later English value is seen by the observer and translated again, without duplicates.
  function russian(text) {
    var t = text.trim();
    if (!t) return null;
    if (WORDS[t]) return text.replace(t, WORDS[t]);
    for (var i = 0; i < ERRORS.length; i++) {
      if (ERRORS[i][0].test(t)) return text.replace(t, t.replace(ERRORS[i][0], ERRORS[i][1]));
    }
    return null;
  }

  function translate(root) {
    if (!root || !root.querySelectorAll) return;
    root.querySelectorAll('.fjs-container, .flatpickr-calendar').forEach(function (scope) {
      var walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      var node;
      while ((node = walker.nextNode())) {
        var r = russian(node.data);
        if (r !== null && r !== node.data) node.data = r;
      }
      scope.querySelectorAll('input[placeholder]').forEach(function (el) {
        var p = PLACEHOLDERS[el.getAttribute('placeholder')];
        if (p) el.setAttribute('placeholder', p);
      });
    });
  }

  var scheduled = false;
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    (window.requestAnimationFrame || setTimeout)(function () {
      scheduled = false;
      translate(document.body);
    });
  }

  function start() {
    translate(document.body);
    new MutationObserver(schedule).observe(document.body, {
      childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder']
    });
  }

  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);
})();

export default [];

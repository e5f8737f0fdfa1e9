/*
 * Zabota: Camunda Forms (form-js) in Tasklist speak Russian and write dates as дд.мм.гггг whatever the browser's
 * language is. Loaded through config.js `customScripts` before the forms render.
 *
 * 1. form-js takes the date format of its pickers from `new Intl.DateTimeFormat('default')`, i.e. the browser's
 *    language (an English browser gets M/d/yyyy and shows 9/4/2027). The default locale becomes ru-RU, so the
 *    pickers parse and show dd.MM.yyyy; an explicit locale passed by other code is left as it is.
 * 2. The few English words form-js has no translation mechanism for (the select placeholder «Select», the picker
 *    placeholder, validation messages) are replaced as they appear.
 * 3. The calendar's months and weekdays are Russian and its weeks start on Monday (flatpickr's default locale).
 * 4. A field a condition hides takes its validation error with it. form-js keeps the error of a field the user
 *    touched and a condition then hid (choose «Выдать сертификат», leave the date empty, change to «Отказать»), and
 *    Tasklist keeps «Завершить» disabled while any error is in the form's state, with nothing on the screen to say
 *    why. When a field leaves the form, the errors of fields no longer shown are dropped.
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

  // form-js and its calendar (flatpickr) are reached through the webpack runtime the Camunda webapps share: a chunk
  // pushed with a runtime callback receives webpack's require, and a module is found by a text only it has, not by
  // its number, so a Camunda upgrade that renumbers the modules does not break this.
  var webpackRequire = (function () {
    var chunks = self.webpackChunkcamunda_bpm_webapp;
    var require = null;
    if (chunks) chunks.push([['zabota-forms'], {}, function (r) { require = r; }]);
    return require && require.m ? require : null;
  })();

  function moduleWith(text, fits) {
    if (!webpackRequire) return null;
    var ids = Object.keys(webpackRequire.m);
    for (var i = 0; i < ids.length; i++) {
      if (String(webpackRequire.m[ids[i]]).indexOf(text) < 0) continue;
      var exported = webpackRequire(ids[i]);
      if (exported && fits(exported)) return exported;
    }
    console.warn('zabota-forms: no module with «' + text + '»');
    return null;
  }

  // 3. The calendar speaks Russian and its weeks start on Monday.
  var flatpickr = moduleWith('flatpickr: invalid locale', function (f) { return typeof f.localize === 'function'; });
  if (flatpickr) {
    flatpickr.localize({
      weekdays: {
        shorthand: ['Вс', 'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб'],
        longhand: ['Воскресенье', 'Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота']
      },
      months: {
        shorthand: ['Янв', 'Фев', 'Март', 'Апр', 'Май', 'Июнь', 'Июль', 'Авг', 'Сен', 'Окт', 'Ноя', 'Дек'],
        longhand: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь']
      },
      firstDayOfWeek: 1,
      ordinal: function () { return ''; },
      rangeSeparator: ' — ',
      weekAbbreviation: 'Нед.',
      scrollTitle: 'Прокрутите для увеличения',
      toggleTitle: 'Нажмите для переключения',
      amPM: ['ДП', 'ПП'],
      yearAriaLabel: 'Год',
      monthAriaLabel: 'Месяц',
      hourAriaLabel: 'Час',
      minuteAriaLabel: 'Минута',
      time_24hr: true
    });
  }

  // 4. A field a condition hides takes its validation error with it (see the top of this file).
  function forgetErrorsOfHiddenFields(form, injector) {
    var state = form._getState();
    var errors = state && state.errors;
    if (!errors) return;
    var shown = {};
    injector.get('formFieldInstanceRegistry').getAll().forEach(function (instance) { shown[instance.id] = true; });
    var kept = {};
    var dropped = false;
    Object.keys(errors).forEach(function (id) {
      if (shown[id]) kept[id] = errors[id]; else dropped = true;
    });
    if (dropped) form._setState({ errors: kept });
  }

  var lib = moduleWith('formFieldInstanceRegistry.changed', function (m) { return m.Form && m.Form.prototype._createInjector; });
  if (lib && !lib.Form.__zabota) {
    var createInjector = lib.Form.prototype._createInjector;
    lib.Form.prototype._createInjector = function () {
      var form = this;
      var injector = createInjector.apply(this, arguments);
      var destroyed = false;
      var bus = injector.get('eventBus');
      bus.on('form.destroy', function () { destroyed = true; });
      bus.on('formFieldInstanceRegistry.changed', function (event) {
        if (event.action === 'removed' && !destroyed) forgetErrorsOfHiddenFields(form, injector);
      });
      return injector;
    };
    lib.Form.__zabota = true;
  }
})();

export default [];

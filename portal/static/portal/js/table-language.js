/* The table block's context menu in the admin's language.
 *
 * Wagtail's Handsontable ships English only. The phrases come translated from the page
 * (#table-language, Django's catalogue) and are registered under the language code the
 * table block asks for, before any table is built. */
(function () {
  "use strict";
  var source = document.getElementById("table-language");
  if (!source) return;
  var language = JSON.parse(source.textContent);

  function register() {
    if (!window.Handsontable || !window.Handsontable.languages) return false;
    language.codes.forEach(function (code) {
      var dictionary = Object.assign({ languageCode: code }, language.phrases);
      window.Handsontable.languages.registerLanguageDictionary(code, dictionary);
    });
    return true;
  }

  // The editor's scripts come before the form's media, where Handsontable is loaded.
  if (!register()) document.addEventListener("DOMContentLoaded", register);
})();

/* The article form: the body's word count, kept current while the editor
 * types (the "Length" field shows it as last saved).
 *
 * Counts as articles.models.count_words does: block tags and line breaks end
 * a word, other tags do not, and a word holds a letter or a digit.
 */
(function () {
  "use strict";

  var WORD_BREAKING_TAGS =
    /<\/?(?:blockquote|br|figcaption|figure|h[1-6]|hr|li|ol|p|pre|td|th|tr|ul)\b[^>]*>/gi;
  var HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

  function countWords(html) {
    var text = new DOMParser().parseFromString(
      html.replace(WORD_BREAKING_TAGS, " "),
      "text/html"
    ).body.textContent;
    return text.split(/\s+/).filter(function (token) {
      return HAS_LETTER_OR_DIGIT.test(token);
    }).length;
  }

  function start() {
    var form = document.getElementById("article_form");
    var textarea = form && form.querySelector("textarea[name=body]");
    var shown = form && form.querySelector(".article-length");
    if (!textarea || !shown) {
      return;
    }
    var number = shown.querySelector("[data-word-count]");
    var unit = document.createTextNode("");
    shown.replaceChildren(number, unit);
    function update() {
      var words = countWords(textarea.value);
      number.textContent = words.toLocaleString("en");
      unit.textContent = words === 1 ? " word" : " words";
    }
    textarea.addEventListener("input", update);
    update();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

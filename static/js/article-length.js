/* The article form: the body's word count, kept current while the editor
 * types (the "Length" field shows it as last saved).
 *
 * Counts as articles.models.count_words does: the tags that end a word are
 * its WORD_BREAKING_TAGS, which the field hands over (data-word-breaking-tags);
 * other tags do not, and a word holds a letter or a digit.
 */
(function () {
  "use strict";

  var HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

  function countWords(html, wordBreakingTags) {
    var text = new DOMParser().parseFromString(
      html.replace(wordBreakingTags, " "),
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
    var wordBreakingTags = new RegExp(shown.dataset.wordBreakingTags, "gi");
    var number = shown.querySelector("[data-word-count]");
    var unit = document.createTextNode("");
    shown.replaceChildren(number, unit);
    function update() {
      var words = countWords(textarea.value, wordBreakingTags);
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

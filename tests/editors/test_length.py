"""The article form shows the body's length in words, as word processors and
WordPress's editor do (articles.models.count_words)."""

import pytest

from articles.models import count_words
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("", 0),
        ("<p>One two three.</p>", 3),
        # Paragraphs and headings saved with nothing between them.
        ("<h2>Ports</h2><p>end.</p><p>Start again</p>", 4),
        ("<p>line<br>break</p><ul><li>first</li><li>second</li></ul>", 4),
        # Inline markup does not split a word from its punctuation.
        ('<p>See <a href="/x">this report</a>, <em>now</em>.</p>', 4),
        # A dash or a bullet standing alone is no word; entities are text.
        ("<p>Costs &ndash; and benefits &amp; risks</p>", 4),
        ("<p>Jobs&nbsp;growth of 3.5 % in the U.S.</p>", 7),
        (
            '<figure data-photo="1"><img src="/m/a.jpg" alt="Three cranes">'
            '<figcaption>Cranes at dawn. <span class="credit">Photo: Ana</span>'
            "</figcaption></figure><p>After.</p>",
            6,
        ),
    ],
)
def test_words_are_counted_as_a_word_processor_counts_them(body, words):
    assert count_words(body) == words


def test_reading_time_follows_the_same_count():
    # 461 paragraphs of one word each: 461 words (3 minutes), not one long word.
    article = ArticleFactory(body="".join(f"<p>word{i}</p>" for i in range(461)))
    article.refresh_from_db()
    assert article.word_count == 461
    assert article.reading_time == 3


def test_the_article_form_shows_how_many_words_the_body_has(editor_client):
    article = ArticleFactory(body="<p>" + "word " * 1234 + "</p><p>End.</p>")
    response = editor_client.get(f"/admin/articles/article/{article.pk}/change/")
    html = response.content.decode()
    assert "<span data-word-count>1,235</span> words" in html
    assert "js/article-length.js" in html


def test_a_new_article_form_starts_at_no_words(editor_client):
    response = editor_client.get("/admin/articles/article/add/")
    assert "<span data-word-count>0</span> words" in response.content.decode()

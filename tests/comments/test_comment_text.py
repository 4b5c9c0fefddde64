"""How a comment's plain text becomes HTML: escaped, with its addresses linked."""

import pytest
from django.utils.html import Urlizer

from comments.templatetags.comments import URL_DISPLAY_LIMIT, urlize_comment

REL = 'rel="nofollow ugc noopener"'


@pytest.mark.parametrize(
    "text, link",
    [
        (
            "see https://x.example/a?b=1&c=2.",
            '<a href="https://x.example/a?b=1&amp;c=2"',
        ),
        ("WWW.Policy.ORG is down", '<a href="http://WWW.Policy.ORG"'),
        ("(budget.gov/tables)", '<a href="http://budget.gov/tables"'),
        ("mail me: ana@think.org", '<a href="mailto:ana@think.org"'),
    ],
)
def test_addresses_become_reader_links(text, link):
    html = urlize_comment(text)

    assert link in html
    assert REL in html


@pytest.mark.parametrize(
    "text",
    [
        "Plain words. Dr. Ruiz said 3.14, e.g. <b>bold</b> & 'quoted' \"text\".",
        "Ratio a:b, the community. An @ sign alone.\n\nNew paragraph.",
        "",
    ],
)
def test_text_without_addresses_is_escaped_exactly_as_the_urlizer_would(text):
    # The shortcut for text with nothing to link must not change a single character.
    class Plain(Urlizer):
        url_template = f'<a href="{{href}}" {REL}>{{url}}</a>'

    expected = Plain()(text, trim_url_limit=URL_DISPLAY_LIMIT, autoescape=True)

    assert urlize_comment(text) == expected
    assert "<b>" not in urlize_comment(text)

"""The one HTML allowlist for everything editors write (article bodies, author bios).

Stored HTML passes through `clean_html` when it is saved; templates may then mark
it safe. Nothing else in the project decides which markup is allowed.
"""

import re

import bleach
from django.conf import settings

ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s",
        "sub", "sup", "small", "code", "pre", "blockquote", "cite", "ul", "ol",
        "li", "a", "figure", "figcaption", "img", "table", "thead", "tbody",
        "tr", "th", "td", "caption", "abbr",
    }
)  # fmt: skip

IMG_ATTRIBUTES = {"alt", "width", "height", "title", "sizes"}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
# A scheme as browsers read it: they drop whitespace and control characters
# anywhere in an address ("java\tscript:" is "javascript:").
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]")
_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*):", re.IGNORECASE)


def allowed_url(value):
    """A relative address, or one whose scheme is allowed.

    Checked here as well as by bleach, which reads `javascript:123` as a path
    with a port number and keeps it.
    """
    scheme = _SCHEME.match(_INVISIBLE.sub("", value))
    return scheme is None or scheme.group(1).lower() in ALLOWED_PROTOCOLS


def _allowed_link_attribute(tag, name, value):
    return name == "title" or (name == "href" and allowed_url(value))


def _allowed_img_attribute(tag, name, value):
    """Plain picture attributes, lazy loading, and a srcset of our own uploads
    (thinktank.renditions.responsive_images writes it)."""
    if name == "src":
        return allowed_url(value)
    if name == "loading":
        return value in ("lazy", "eager")
    if name == "srcset":
        return all(
            candidate.strip().startswith(settings.MEDIA_URL)
            for candidate in value.split(",")
        )
    return name in IMG_ATTRIBUTES


ALLOWED_ATTRIBUTES = {
    "a": _allowed_link_attribute,
    "img": _allowed_img_attribute,
    "ol": ["start", "type"],
    "th": ["scope", "colspan", "rowspan"],
    "td": ["colspan", "rowspan"],
    "abbr": ["title"],
}

# Elements whose content is never reader text: dropped whole, not just unwrapped,
# so "<script>alert(1)</script>" leaves no "alert(1)" behind.
_DROPPED_WITH_CONTENT = re.compile(
    r"<(script|style|iframe|object|embed|form|template|noscript|textarea|select|svg|math)\b"
    r".*?</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)

_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
)


def clean_html(html):
    """Return `html` reduced to the journal's allowlist: safe to render unescaped."""
    if not html:
        return ""
    return _cleaner.clean(_DROPPED_WITH_CONTENT.sub("", html)).strip()

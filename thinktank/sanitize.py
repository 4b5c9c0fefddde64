"""The one HTML allowlist for everything editors write (article bodies, author bios).

Stored HTML passes through `clean_html` when it is saved; templates may then mark
it safe. Nothing else in the project decides which markup is allowed.
"""

import html as entities
import re

import bleach
from django.conf import settings

ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s",
        "sub", "sup", "small", "code", "pre", "blockquote", "cite", "ul", "ol",
        "li", "a", "figure", "figcaption", "img", "table", "thead", "tbody",
        "tr", "th", "td", "caption", "abbr", "span",
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


def _allowed_figure_attribute(tag, name, value):
    """A figure may name the library photo it shows (`data-photo`, its id),
    so the editor's picture dialog can open on it again."""
    return name == "data-photo" and value.isdigit()


def _allowed_span_attribute(tag, name, value):
    """A span only marks a picture's credit in its caption."""
    return name == "class" and value == "credit"


ALLOWED_ATTRIBUTES = {
    "a": _allowed_link_attribute,
    "figure": _allowed_figure_attribute,
    "img": _allowed_img_attribute,
    "span": _allowed_span_attribute,
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


_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT_ATTRIBUTE = re.compile(r"\salt\s*=", re.IGNORECASE)


def images_without_alt(html):
    """The `<img>` tags of `html` that have no alt attribute at all.

    An empty `alt=""` is a decorative picture, chosen in the picture dialog;
    a missing one is a picture nobody described.
    """
    return [
        tag for tag in _IMG_TAG.findall(html or "") if not _ALT_ATTRIBUTE.search(tag)
    ]


def clean_html(html):
    """Return `html` reduced to the journal's allowlist: safe to render unescaped."""
    if not html:
        return ""
    return _cleaner.clean(_DROPPED_WITH_CONTENT.sub("", html)).strip()


_LINK = re.compile(r"<a\b([^>]*)>(.*?)</a\s*>", re.IGNORECASE | re.DOTALL)
_HREF = re.compile(r"""\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def links_without_address(html):
    """The words of each link in `html` that leads nowhere: no address, an
    empty one, or one whose scheme is not allowed. The editor's link dialog
    empties a `javascript:` or `data:` address it is given, and the link then
    led back to the page itself."""
    words = []
    for attributes, text in _LINK.findall(html or ""):
        href = _HREF.search(attributes)
        address = next((v for v in href.groups() if v is not None), "") if href else ""
        address = entities.unescape(address).strip()
        if not address or not allowed_url(address):
            words.append(" ".join(entities.unescape(_TAG.sub("", text)).split()))
    return words

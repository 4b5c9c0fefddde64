"""Links: addresses on the public site, and URL reversing remembered per
process for the links every page repeats.

`absolute_url` is the one rule for an address outside a page (a feed, a
sitemap, structured data, an email): on settings.SITE_URL, whatever host a
request came in on. `page_number` is the one rule for `?page=` on a list:
one address, and so one cached copy, for each page. `validate_link` is the
one rule for an address an editor gives the site to send readers to (a promo,
a redirect): a path on this site, or an http(s) address.


Django's reverse() walks the resolver's candidates, fills the pattern and
quotes the result on every call: ~22 us here. A home page links ~70 articles
and categories and an article page ~30 links, the same ones on every view.
The answer depends only on the script prefix, the URLconf, the view name and
its arguments, so those are the key; a changed prefix (a second deployment
under /journal/, say) or a request-specific URLconf gets its own entry.
"""

import re
from functools import lru_cache
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.encoding import iri_to_uri


def absolute_url(url):
    """`url` on the public site, unless it already names a host (a CDN)."""
    if url.startswith(("http://", "https://")):
        return url
    return settings.SITE_URL + iri_to_uri(url)


# Browsers read a backslash in an address as a slash, and drop tabs and line
# breaks from it: "/\evil.example/" and "/<tab>/evil.example/" lead to the
# host evil.example, as "//evil.example/" does. A space or other control
# character belongs in a path only %-encoded (%20).
NOT_IN_A_PATH = re.compile(r"[\\\x00-\x20\x7f]")

SITE_PATH_MESSAGE = (
    "An address on this site starts with one “/” and has no spaces or "
    "backslashes (write a space as %20), e.g. /category/economy/."
)


def is_site_path(value):
    """Whether `value` is a path on this site that every browser reads as one:
    a "/", not followed by another "/" (that names a host), and no backslash,
    whitespace or control character anywhere."""
    return (
        value.startswith("/")
        and not value.startswith("//")
        and not NOT_IN_A_PATH.search(value)
    )


def validate_link(value):
    """An address readers are sent to: a path on this site ("/about/") or a
    full http(s) address, never another scheme (javascript:, data:) nor an
    address that looks like a path and leads to another host."""
    if is_site_path(value):
        return
    if value.startswith("/"):
        raise ValidationError(SITE_PATH_MESSAGE, code="link_path")
    URLValidator(
        schemes=["http", "https"],
        message="Enter a page of this site (/category/economy/) or a full "
        "address starting with http:// or https://.",
        code="link_address",
    )(value)


def site_path(link):
    """The path (and query) on this site that `link` leads to: the link
    itself when it is a path, the path of a full address on SITE_URL's host
    (by either scheme), else None (another site's address)."""
    if is_site_path(link):
        return link
    parts = urlsplit(link)
    site = urlsplit(settings.SITE_URL).hostname
    if parts.scheme in ("http", "https") and parts.hostname == site:
        path = parts.path or "/"
        return f"{path}?{parts.query}" if parts.query else path
    return None


def page_number(request):
    """The page of a list that `?page=` asks for, and whether the address
    writes it the one way the list's links do: "?page=2", and no parameter
    for page 1. "+2", "02" or "?page=1" name the same page under another
    address (another cache entry each), and a value that names no page
    ("abc", "0", "²") asks for the first: the caller redirects them."""
    asked = request.GET.get("page")
    if asked is None:
        return 1, True
    try:
        number = int(asked)
    except ValueError:
        number = 0
    if number < 1:
        return 1, False
    return number, number > 1 and asked == str(number)


def page_query(number):
    """The query that names page `number` of a list, as its links write it:
    "page=N", and "" for page 1, which is the list's bare address."""
    return urlencode({"page": number}) if number > 1 else ""


# Enough for every link on the busiest pages many times over; old entries
# go first, so a long tail of archive pages cannot grow a worker's memory.
CACHE_SIZE = 8192


@lru_cache(maxsize=CACHE_SIZE)
def _reversed(prefix, urlconf, viewname, args, kwargs):
    return reverse(viewname, urlconf=urlconf, args=args, kwargs=dict(kwargs))


def cached_reverse(viewname, *args, **kwargs):
    """reverse(viewname, args=args, kwargs=kwargs), remembered."""
    return _reversed(
        get_script_prefix(),
        get_urlconf() or settings.ROOT_URLCONF,
        viewname,
        args,
        tuple(sorted(kwargs.items())),
    )

"""Links: addresses on the public site, and URL reversing remembered per
process for the links every page repeats.

`absolute_url` is the one rule for an address outside a page (a feed, a
sitemap, structured data, an email): on settings.SITE_URL, whatever host a
request came in on. `page_number` is the one rule for `?page=` on a list:
one address, and so one cached copy, for each page.


Django's reverse() walks the resolver's candidates, fills the pattern and
quotes the result on every call: ~22 us here. A home page links ~70 articles
and categories and an article page ~30 links, the same ones on every view.
The answer depends only on the script prefix, the URLconf, the view name and
its arguments, so those are the key; a changed prefix (a second deployment
under /journal/, say) or a request-specific URLconf gets its own entry.
"""

from functools import lru_cache
from urllib.parse import urlencode

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.encoding import iri_to_uri


def absolute_url(url):
    """`url` on the public site, unless it already names a host (a CDN)."""
    if url.startswith(("http://", "https://")):
        return url
    return settings.SITE_URL + iri_to_uri(url)


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

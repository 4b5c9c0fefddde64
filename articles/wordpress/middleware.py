"""Old WordPress addresses answered with a 301, as Django's redirects app would.

Query-string addresses (/?p=123, /?cat=4…) all share the home page's path,
which is served (and cached) normally, so no 404 ever reaches a redirect
fallback: `WordPressQueryRedirectMiddleware` sits near the top of MIDDLEWARE and
costs nothing unless the path is "/" and one of WordPress's parameters is
present. An item's ID makes one indexed lookup in the redirects table, where
the importer stored the address as "/?p=123", and an unknown ID answers 404
(not the home page: a soft 404); ?s= leads to the search, ?feed= to the feed,
?paged= to the stories' page.

Old paths (/2023/11/14/port-reform/) are answered on a 404 by
`RedirectFallbackMiddleware`, Django's own with one more lookup: the path
without its query string, so a shared link (…/?utm_source=twitter, ?fbclid=…,
?replytocom=12) still finds its redirect.

Both keep the request's tracking parameters (thinktank.pagecache.TRACKING_PARAMS)
on the new address, so analytics still attribute the visit, and drop the rest.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.redirects.middleware import (
    RedirectFallbackMiddleware as DjangoRedirectFallbackMiddleware,
)
from django.contrib.redirects.models import Redirect
from django.contrib.sites.shortcuts import get_current_site
from django.http import Http404, HttpResponseGone, HttpResponsePermanentRedirect
from django.utils.encoding import escape_uri_path

from thinktank.links import cached_reverse
from thinktank.pagecache import tracking_query

OLD_PATH_LENGTH = 200  # what django.contrib.redirects' Redirect.old_path holds
# In the order WordPress itself gives them precedence.
PARAMETERS = ("p", "page_id", "attachment_id", "cat", "tag", "author", "author_name")
# WordPress's feed names: ?feed=rss2 and the rest.
FEEDS = {
    "rss2": "articles:feed",
    "rss": "articles:feed",
    "rdf": "articles:feed",
    "atom": "articles:feed_atom",
}


def query_paths(query):
    """The stored old addresses a WordPress query (a QueryDict) may stand for,
    the likeliest first; [] when it names no item."""
    for name in PARAMETERS:
        value = query.get(name)
        if not value:
            continue
        if name == "p":  # WordPress answers ?p= for a page's ID too
            return [f"/?p={value}", f"/?page_id={value}"]
        if name == "author_name":  # the author's nicename, as in /author/<it>/
            return [f"/author/{value}/"]
        return [f"/?{name}={value}"]
    return []


def redirect_key(path):
    """An old address as the redirects table holds it: cut at the length of
    Redirect.old_path. A WordPress slug may have 200 characters, so its date
    permalink may have 213; two different old addresses alike in their first
    200 characters are not to be expected."""
    return path[:OLD_PATH_LENGTH]


def redirect_to(new_path, request):
    """The answer for a stored redirect: 410 Gone when it leads nowhere, else a
    301 to `new_path` with the request's tracking parameters."""
    if new_path == "":
        return HttpResponseGone()
    tracking = tracking_query(request.GET)
    if tracking:
        new_path += ("&" if "?" in new_path else "?") + tracking
    return HttpResponsePermanentRedirect(new_path)


class WordPressQueryRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/" and request.META.get("QUERY_STRING"):
            new_path = self.new_path(request.GET)
            if new_path is not None:
                return redirect_to(new_path, request)
        return self.get_response(request)

    def new_path(self, query):
        """Where a WordPress query on the home page leads: the stored redirect
        of the item it names, the search, a feed or a page of older stories;
        None when it is no WordPress query. Raises Http404 when it names an
        item or feed the journal does not have: WordPress answered 404 too,
        and the home page would be a soft 404."""
        paths = query_paths(query)
        if paths:
            found = dict(
                Redirect.objects.filter(
                    site_id=settings.SITE_ID, old_path__in=paths
                ).values_list("old_path", "new_path")
            )
            for path in paths:
                if path in found:
                    return found[path]
            raise Http404("No WordPress item of that ID was imported.")
        if query.get("s"):
            search = cached_reverse("articles:search")
            return f"{search}?{urlencode({'q': query['s']})}"
        if "feed" in query:
            if query["feed"] not in FEEDS:
                raise Http404("No such feed.")
            return cached_reverse(FEEDS[query["feed"]])
        if query.get("paged"):  # older posts: the journal's /stories/ pages
            stories = cached_reverse("articles:stories")
            return f"{stories}?{urlencode({'page': query['paged']})}"
        return None


class RedirectFallbackMiddleware(DjangoRedirectFallbackMiddleware):
    """Django's RedirectFallbackMiddleware, which also finds an old path that
    came with a query string.

    Django's looks up the full address, query string included, then the same
    with a slash added, and offers no hook for more: a shared link
    (…/port-reform/?utm_source=twitter, ?fbclid=…, ?replytocom=12) found
    nothing. This one looks those up first, as Django does (an editor may store
    "/search.php?q=x"), then the path alone as `request.path` gives it,
    decoded, as the importer stores it (and with a slash added), in one
    query; each cut as `redirect_key` stores it. Found by its path alone, the
    new address keeps the request's tracking parameters.

    It answers a 404, and also a 301 to the request's own path: a reader page
    answers an unknown parameter that way before it knows whether anything is
    there (thinktank.pagecache.reader_page; the static pages take any slug
    path), so an old address with ?replytocom=12 gets one redirect, not two.
    """

    def process_response(self, request, response):
        path = request.path  # decoded, as the importer stores old paths
        to_own_path = response.status_code == 301 and (
            response.get("Location") == escape_uri_path(path)
        )
        if response.status_code != 404 and not to_own_path:
            return response
        append_slash = settings.APPEND_SLASH and not path.endswith("/")
        full_paths = [request.get_full_path()]
        if append_slash:
            full_paths.append(request.get_full_path(force_append_slash=True))
        paths = [path, f"{path}/"] if append_slash else [path]
        # Longer than old_path holds, the address as asked cannot be stored.
        full_paths = [p for p in full_paths if p == redirect_key(p)]
        candidates = list(dict.fromkeys(full_paths + [redirect_key(p) for p in paths]))
        found = dict(
            Redirect.objects.filter(
                site=get_current_site(request), old_path__in=candidates
            ).values_list("old_path", "new_path")
        )
        for old_path in candidates:
            if old_path not in found:
                continue
            if old_path in full_paths:  # the address as asked: Django's answer
                if found[old_path] == "":
                    return self.response_gone_class()
                return self.response_redirect_class(found[old_path])
            return redirect_to(found[old_path], request)
        return response

"""Reader pages: one HTML for every anonymous reader, cached, and purged by key.

A reader view wrapped in `reader_page` answers an anonymous GET (no session
cookie, so not logged-in staff) with the same bytes for everyone: it runs as
an anonymous user, its templates hold no CSRF token or other per-reader value
(the browser fetches those from small uncached views), and no cookie is set.

Each such response names the **surrogate keys** of what it shows (`article-12`,
`author-3`, `lists`, ...; the views choose them with `add_keys`) and is kept
for its **lifetime**: at most PAGE_CACHE_SECONDS, and never past the next
moment the page changes by the clock alone (a scheduled publication, a promo's
start or end: PAGE_CACHE_CLOCKS) or past midnight (the header prints the date).

Two caches keep it, and `purge(keys)` reaches both:
- a shared cache in front (Varnish, a CDN) reads `Cache-Control: s-maxage`
  and the `xkey` header; a task (thinktank/tasks.py, thinktank/purge.py)
  sends it the keys after commit, and again PURGE_AGAIN_SECONDS later for a
  page that was being rendered meanwhile; a failed purge is retried with
  growing delays and, after TASKS_MAX_ATTEMPTS, kept as failed for a
  superuser to retry;
- the origin cache (Django's cache, local memory or Redis) stores the page with
  the purge generation read before it was rendered. `purge` stamps each key
  with a new generation in the database, so every process, worker or command
  sees it at once: a page is served while none of its keys is newer than it.

Query strings: the cache key holds only the parameters the view declares, and
the view sees only those; tracking parameters (utm_*, fbclid, ...) are ignored,
and any other unknown parameter is answered with a permanent redirect to the
canonical address.
"""

import functools
import hashlib
import time
from datetime import datetime, timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.http import HttpResponse, HttpResponsePermanentRedirect, QueryDict
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.module_loading import import_string

from .models import PurgedKey

KEYS_HEADER = "xkey"  # what Varnish's xkey vmod reads; deploy/varnish/journal.vcl
SITE_KEY = "site"  # on every page: purged when the menu, promos or release change
CACHE_STATUS_HEADER = "X-Page-Cache"  # "hit" or "miss", for operators and tests
# Written again in deploy/varnish/journal.vcl; tests/test_pagecache.py keeps both alike.
TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid")


def add_keys(response, keys):
    """Name on `response` more surrogate keys of what it shows."""
    keys = set(response.get(KEYS_HEADER, "").split()) | set(keys)
    response[KEYS_HEADER] = " ".join(sorted(keys))
    return response


# Longer than a page takes to render and reach the cache in front: tens of
# milliseconds, a slow one a second or two.
PURGE_AGAIN_SECONDS = 10


def purge(keys):
    """Make every cached page showing one of `keys` stale, here and in front.

    Call it inside the transaction that changes the content: the new generation
    commits with the change, and the shared cache hears of it after commit.
    """
    keys = sorted(set(keys))
    if not keys:
        return
    with transaction.atomic():
        # The UPDATE locks the counter's row until commit: purges are numbered
        # in the order they commit.
        counter = PurgedKey.objects.filter(name=PurgedKey.COUNTER)
        if not counter.update(generation=F("generation") + 1):
            PurgedKey.objects.create(name=PurgedKey.COUNTER, generation=1)
        generation = counter.get().generation
        PurgedKey.objects.bulk_create(
            [PurgedKey(name=key, generation=generation) for key in keys],
            update_conflicts=True,
            unique_fields=["name"],
            update_fields=["generation"],
        )
    if settings.SHARED_CACHE_BACKENDS:
        transaction.on_commit(
            functools.partial(tell_shared_caches, keys=keys), robust=True
        )


def tell_shared_caches(keys):
    """Queue the purge of `keys` in the caches in front, and once more a little
    later: a page rendered from the rows as they were before the change, still
    on its way when the first purge arrived, would otherwise be kept stale for
    its whole lifetime."""
    from .tasks import purge_shared_cache  # the task framework's models

    purge_shared_cache.enqueue(keys=keys)
    if purge_shared_cache.get_backend().supports_defer:  # not tests' immediate one
        again = timezone.now() + timedelta(seconds=PURGE_AGAIN_SECONDS)
        purge_shared_cache.using(run_after=again).enqueue(keys=keys)


def reader_page(view=None, *, params=()):
    """Serve `view` to anonymous readers as one cached page per canonical URL.

    `params`: the query parameters that change the page (e.g. "page").
    """
    if view is None:
        return functools.partial(reader_page, params=params)

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or (
            settings.SESSION_COOKIE_NAME in request.COOKIES
        ):
            return view(request, *args, **kwargs)  # staff, or a form being sent
        canonical = canonical_url(request, params)
        if canonical is None:
            return HttpResponsePermanentRedirect(canonical_url(request, params, True))
        # No session cookie means an anonymous reader: say so without opening
        # a session, which would mark the response as varying by cookie.
        request.user = AnonymousUser()
        key = (
            f"page:{settings.RELEASE}:{hashlib.sha256(canonical.encode()).hexdigest()}"
        )
        if settings.PAGE_CACHE_ENABLED:
            entry = cache.get(key)
            if entry and entry["expires"] > time.time() and not purged_since(entry):
                response = HttpResponse(entry["content"], headers=entry["headers"])
                # What is left of its lifetime: a cache in front that fetches
                # it now must not keep it past the moment its lifetime ends at
                # (a scheduled publication, midnight).
                patch_cache_control(
                    response, s_maxage=int(entry["expires"] - time.time())
                )
                response[CACHE_STATUS_HEADER] = "hit"
                return response
        generation = current_generation() if settings.PAGE_CACHE_ENABLED else 0
        # Rendered from the parameters of its cache key alone: pages copy the
        # query into their links ({% querystring %}), and one reader's
        # tracking parameters must not reach every reader of the cached copy.
        query, request.GET = request.GET, QueryDict(canonical.partition("?")[2])
        try:
            response = view(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
        finally:
            request.GET = query
        if response.status_code != 200 or response.cookies:
            return response
        add_keys(response, [SITE_KEY])
        if not settings.PAGE_CACHE_SECONDS:  # no cache at all, here or in front
            patch_cache_control(response, no_cache=True)
            return response
        lifetime = page_lifetime()
        patch_cache_control(
            response,
            public=True,
            max_age=0,
            s_maxage=lifetime,
            stale_while_revalidate=settings.PAGE_CACHE_STALE_SECONDS,
            stale_if_error=settings.PAGE_CACHE_STALE_IF_ERROR_SECONDS,
        )
        if settings.PAGE_CACHE_ENABLED:
            entry = {
                "content": response.content,
                "headers": dict(response.items()),
                "keys": response[KEYS_HEADER].split(),
                "generation": generation,
                "expires": time.time() + lifetime,
            }
            cache.set(key, entry, lifetime)
            response[CACHE_STATUS_HEADER] = "miss"
        return response

    return wrapped


def canonical_url(request, params, redirect=False):
    """The page's path with its declared parameters in order; None when the
    request has an unknown parameter (then, with `redirect`, the address to
    send the reader to, tracking parameters dropped)."""
    query = {name: request.GET[name] for name in sorted(params) if name in request.GET}
    unknown = [
        name
        for name in request.GET
        if name not in params and not name.startswith(TRACKING_PARAMS)
    ]
    if unknown and not redirect:
        return None
    return request.path + (f"?{urlencode(query)}" if query else "")


def tracking_query(query):
    """The tracking parameters (utm_*, fbclid…) of a QueryDict, URL-encoded;
    "" when there are none."""
    return urlencode(
        [
            (name, value)
            for name, values in query.lists()
            if name.startswith(TRACKING_PARAMS)
            for value in values
        ]
    )


def current_generation():
    """The number of the last purge; a page rendered now is newer than it."""
    counter = PurgedKey.objects.filter(name=PurgedKey.COUNTER)
    return counter.values_list("generation", flat=True).first() or 0


def purged_since(entry):
    """Whether one of the page's keys was purged after it was rendered."""
    return PurgedKey.objects.filter(
        name__in=entry["keys"], generation__gt=entry["generation"]
    ).exists()


def page_lifetime():
    """Seconds a page may be kept (see the module's docs)."""
    now = timezone.localtime()
    midnight = datetime.combine(
        now.date() + timedelta(days=1), datetime.min.time(), now.tzinfo
    )
    moments = [now + timedelta(seconds=settings.PAGE_CACHE_SECONDS), midnight]
    for clock in settings.PAGE_CACHE_CLOCKS:
        moments.append(import_string(clock)() or midnight)
    return max(1, int((min(moments) - now).total_seconds()))

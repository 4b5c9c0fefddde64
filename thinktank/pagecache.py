"""The anonymous full-page cache: fast for readers, never stale, never shared wrongly.

What is cached: GET/HEAD answers of the reader pages wrapped in `reader_cache`
(home, article, category, tag, author, search, archives, feeds), for requests that carry none of the
per-reader cookies in PAGE_CACHE_BYPASS_COOKIES (a session, so logged-in staff
and a reader with a comment awaiting moderation; flash messages; the saved
comment-author details). Everyone else gets a fresh page.

Never stale: every page and value is stored for a content version, which any
change to articles, categories, tags, authors, bylines, promos or comments bumps
(signals in thinktank/apps.py, plus explicit bumps from services that write with
UPDATE). Each entry carries its version and is read together with the current
version in one round trip, so an entry of an older version is never served.
A page lookup reads just the version and the page, or only the version when
this process holds a copy of the page (LOCAL_PAGES, the pages it served
lately, each used only while its version is the shared current one); a page
being rendered reads the version together with the per-version values this
process used lately (the menu, the latest stories, shared fragments) instead
of one round trip for each.
A page is kept at most PAGE_CACHE_SECONDS and never past the next moment the
content changes by the clock alone (a scheduled article's publish_at, a promo's
start or end, midnight for the header's date).

Per reader: the hidden form fields in PAGE_CACHE_RENEWED_FIELDS are filled in
again for each reader on the way out: their own CSRF token, and a fresh
"form handed out at" token for the comment form's minimum fill time.
"""

import functools
import hashlib
import re
import threading
import time
from collections import OrderedDict
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.html import escape
from django.utils.http import http_date
from django.utils.module_loading import import_string

VERSION_KEY = "pagecache:version"
BOUNDARY_KEY = "pagecache:boundary:{version}"
# Not versioned: an entry is looked up together with the version in one round
# trip, and an entry from an older version is treated as missing. Named by
# release, since another release's templates may render a page differently.
PAGE_KEY = "pagecache:{release}:page:{variant}:{digest}"
VALUE_KEY = "pagecache:{release}:value:{name}"
# How many per-version values a request's first look at the version fetches.
PREFETCHED_VALUES = 32
# How many pages this process keeps a copy of (a few MB at most).
LOCAL_PAGES = 256
_HIDDEN_VALUE = re.compile(r'name="([\w-]+)" value="([^"]*)"')


# What this request already read from the cache: the version and per-version
# values are fetched once per request, not once per use (a round trip each with
# Redis). Emptied when a request starts or ends and when content changes.
_request_memo = threading.local()


def _memo():
    memo = getattr(_request_memo, "values", None)
    if memo is None:
        memo = _request_memo.values = {}
    return memo


def forget_request_memo(**kwargs):
    _request_memo.values = {}


# Keys of the per-version values this process read lately, oldest first.
_recent_values = {}
_recent_lock = threading.Lock()
# In the memo: the value was looked for in this request and must be computed.
_OUTDATED = object()


def content_version():
    """The current content version: a number that only ever grows.

    Read once per request, together with the recently used per-version values.
    """
    memo = _memo()
    if "version" not in memo:
        with _recent_lock:
            keys = list(_recent_values)
        found = cache.get_many([VERSION_KEY, *keys])
        version = found.get(VERSION_KEY)
        memo["version"] = _start_version() if version is None else version
        for key in keys:
            memo[key] = _valid(found.get(key), memo["version"]) or _OUTDATED
    return memo["version"]


def _start_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        # A time-based start keeps versions unique even if the cache was
        # flushed (or the version evicted): in microseconds, since a burst of
        # edits can bump it more than once a millisecond.
        version = int(time.time() * 1_000_000)
        cache.add(VERSION_KEY, version, timeout=None)
        version = cache.get(VERSION_KEY, version)
    return version


def bump_content_version(**kwargs):
    """Invalidate every cached page (and anything else keyed on the version)."""
    forget_request_memo()
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet (or evicted): start a fresh version
        _start_version()


def content_changed(**kwargs):
    """Signal receiver for saved or deleted content: bump the version now, so
    this process's next read sees the change, and again when the transaction
    commits, so a page rendered in between from the old rows is not kept for
    the new version."""
    bump_content_version()
    transaction.on_commit(bump_content_version)


def cached_for_version(name, compute, prefetch=True):
    """`compute()`, remembered until the content changes (see `page_lifetime`).

    `prefetch`: read it with the version on later requests (for values many
    pages use, not for one page's own).
    """
    key = VALUE_KEY.format(release=settings.RELEASE, name=name)
    if prefetch:
        _remember_recent(key)
    version = content_version()
    memo = _memo()
    stored = memo.get(key)
    if stored is None:
        stored = _valid(cache.get(key), version)
    if stored is None or stored is _OUTDATED:
        stored = {"version": version, "value": compute()}
        _set_fresh(key, stored, page_lifetime())
    memo[key] = stored
    return stored["value"]


def _remember_recent(key):
    with _recent_lock:
        _recent_values.pop(key, None)
        _recent_values[key] = None
        if len(_recent_values) > PREFETCHED_VALUES:
            del _recent_values[next(iter(_recent_values))]


def _valid(stored, version):
    """An entry stored by `_set_fresh` if it belongs to `version` and its
    lifetime has not passed, else None.

    The expiry is checked here against the clock, not left to the cache
    backend, so that every backend stops serving at the same moment.
    """
    if stored is None or stored[1] <= time.time() or stored[0]["version"] != version:
        return None
    return stored[0]


def _set_fresh(key, entry, ttl):
    stored = (entry, time.time() + ttl)
    cache.set(key, stored, ttl)
    return stored


def page_lifetime():
    """Seconds a page may be kept: PAGE_CACHE_SECONDS, or less when the content
    changes sooner by the clock alone, and never past midnight (the header
    prints the day's date)."""
    now = timezone.localtime()
    midnight = datetime.combine(
        now.date() + timedelta(days=1), datetime.min.time(), now.tzinfo
    )
    lifetimes = [
        settings.PAGE_CACHE_SECONDS,
        max(1, int(midnight.timestamp() - now.timestamp())),
    ]
    until_change = seconds_until_next_change()
    if until_change is not None:
        lifetimes.append(until_change)
    return min(lifetimes)


def seconds_until_next_change():
    """Seconds until content changes by the clock alone, or None if never."""
    version = content_version()
    memo = _memo()
    if "boundary" not in memo:  # read once a request, however many values it makes
        memo["boundary"] = cache.get(BOUNDARY_KEY.format(version=version))
    boundary = memo["boundary"]
    now = time.time()
    if boundary is None or (boundary and boundary <= now):
        from articles.models import next_scheduled_change

        when = next_scheduled_change()
        boundary = when.timestamp() if when else 0
        cache.set(BOUNDARY_KEY.format(version=version), boundary, timeout=None)
        memo["boundary"] = boundary
    return max(1, int(boundary - now)) if boundary else None


def is_cacheable_request(request):
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method in ("GET", "HEAD")
        and not any(
            name in request.COOKIES for name in settings.PAGE_CACHE_BYPASS_COOKIES
        )
    )


def _variant(request):
    """Readers whose consent changes what the server renders get their own copy."""
    from thinktank.consent import ANALYTICS, optional_cookies_allowed

    return "analytics" if optional_cookies_allowed(request, ANALYTICS) else "plain"


def _key(request):
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]
    return PAGE_KEY.format(
        release=settings.RELEASE, variant=_variant(request), digest=digest
    )


# Pages this process served lately, as stored: key -> (entry, expires),
# least recently used first. Only pages: they are never changed once stored.
_local_pages = OrderedDict()
_local_lock = threading.Lock()


def _keep_local(key, stored):
    with _local_lock:
        _local_pages[key] = stored
        _local_pages.move_to_end(key)
        if len(_local_pages) > LOCAL_PAGES:
            _local_pages.popitem(last=False)


def forget_local_pages():
    with _local_lock:
        _local_pages.clear()


def _cached_page(key):
    """The page stored under `key` for the current content version, or None.

    With a copy of the page in this process, one round trip reads the version
    and the copy is served if it belongs to it; otherwise (no copy, or an
    outdated one) the shared page is read too, since another process may have
    stored it for the current version. A miss leaves the version to
    `content_version()`, which reads it again together with the values the
    page about to be rendered will want.
    """
    with _local_lock:
        local = _local_pages.get(key)
        if local is not None:
            _local_pages.move_to_end(key)
    if local is None:
        found = cache.get_many([VERSION_KEY, key])
        version, stored = found.get(VERSION_KEY), found.get(key)
    else:
        version, stored = cache.get(VERSION_KEY), local
    if version is None:
        return None
    entry = _valid(stored, version)
    if entry is None and local is not None:
        stored = cache.get(key)
        entry = _valid(stored, version)
    if entry is not None and stored is not local:
        _keep_local(key, stored)
    return entry


def reader_cache(view):
    """Serve this view's pages from the anonymous page cache (see module docs)."""

    @functools.wraps(view)
    def cached_view(request, *args, **kwargs):
        if not is_cacheable_request(request):
            return view(request, *args, **kwargs)
        key = _key(request)
        entry = _cached_page(key)
        if entry is not None:
            return _response_from(entry, request, hit=True)
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        if not _storable(response):
            return response
        ttl = page_lifetime()
        body = response.content.decode()
        entry = {
            "version": content_version(),
            "chunks": _renewable_chunks(body),
            "content_type": response["Content-Type"],
            "etag": f'"{hashlib.sha256(body.encode()).hexdigest()[:32]}"',
            "last_modified": time.time(),
            "ttl": ttl,
            # Rendered for this consent variant only: never for a shared cache.
            "private": getattr(request, "varies_on_consent", False),
        }
        _keep_local(key, _set_fresh(key, entry, ttl))
        return _response_from(entry, request, hit=False)

    return cached_view


def _storable(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.cookies.keys() - {settings.CSRF_COOKIE_NAME}
        and "no-cache" not in cache_control
        and "no-store" not in cache_control
    )


def csrf_token(request, old_value):
    """This reader's own CSRF token (and cookie), whatever the cached page held."""
    return get_token(request)


def _renewable_chunks(body):
    """`body` cut around the fields to renew: text, then (name, value) pairs.

    Done once when a page is stored, so a hit only joins the pieces.
    """
    renewed = settings.PAGE_CACHE_RENEWED_FIELDS
    chunks = [""]
    position = 0
    for match in _HIDDEN_VALUE.finditer(body):
        if match.group(1) in renewed:
            chunks[-1] += body[position : match.start(2)]
            chunks += [match.groups(), ""]
            position = match.end(2)
    chunks[-1] += body[position:]
    return chunks


@functools.cache
def _renewer(path):
    return import_string(path)


def _renew_fields(chunks, request):
    """The stored page with this reader's own values in the renewed fields."""
    renewers = settings.PAGE_CACHE_RENEWED_FIELDS
    return "".join(
        chunk
        if isinstance(chunk, str)
        else escape(_renewer(renewers[chunk[0]])(request, chunk[1]))
        for chunk in chunks
    )


def _response_from(entry, request, hit):
    body = _renew_fields(entry["chunks"], request)
    response = HttpResponse(body, content_type=entry["content_type"])
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = http_date(entry["last_modified"])
    response["X-Page-Cache"] = "hit" if hit else "miss"
    if entry["private"]:
        patch_vary_headers(response, ["Cookie"])
        patch_cache_control(response, private=True, max_age=0)
    else:
        patch_cache_control(
            response,
            public=True,
            max_age=0,
            s_maxage=entry["ttl"],
            stale_while_revalidate=settings.PAGE_CACHE_STALE_SECONDS,
        )
    return response

"""Telling the shared cache in front (Varnish, a CDN) which pages went stale.

`thinktank.pagecache.purge(keys)` enqueues the task
`thinktank.tasks.purge_shared_cache` once the change commits; the task worker
hands the surrogate keys to each backend in settings.SHARED_CACHE_BACKENDS. A
backend is any class with `__init__(**options)` and `purge(keys)` that raises
`OSError` when the purge did not happen (the task is then retried, and kept as
failed for a superuser to see). The Varnish backend is built and tested
(deploy/varnish/journal.vcl); docs/deploy.md shows how to write one for a
CDN's HTTP API.
"""

import urllib.request

from django.conf import settings
from django.utils.module_loading import import_string

# Keys per request: a header of ~100 keys stays far below Varnish's 8 KB limit.
KEYS_PER_REQUEST = 100


class VarnishBackend:
    """Varnish with the xkey vmod: `PURGE /` with the keys in `xkey-purge`."""

    def __init__(self, urls, timeout=3):
        self.urls = urls
        self.timeout = timeout

    def purge(self, keys):
        for start in range(0, len(keys), KEYS_PER_REQUEST):
            batch = " ".join(keys[start : start + KEYS_PER_REQUEST])
            for url in self.urls:
                request = urllib.request.Request(
                    url, method="PURGE", headers={"xkey-purge": batch}
                )
                with urllib.request.urlopen(request, timeout=self.timeout):
                    pass  # urlopen raises on an error status


def backends():
    """The configured shared caches."""
    return [
        import_string(config["BACKEND"])(**config.get("OPTIONS", {}))
        for config in settings.SHARED_CACHE_BACKENDS
    ]

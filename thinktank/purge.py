"""Telling the shared cache in front (Varnish, a CDN) which pages went stale.

`thinktank.pagecache.purge(keys)` calls `purge_shared_cache(keys)` after the
change commits. Each backend in settings.SHARED_CACHE_BACKENDS receives the
surrogate keys; a backend is any class with `__init__(**options)` and
`purge(keys)` that raises when the purge did not happen. The Varnish backend
is built and tested (deploy/varnish/journal.vcl); docs/deploy.md shows how to
write one for a CDN's HTTP API.
"""

import logging
import urllib.request

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

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
    return [
        import_string(config["BACKEND"])(**config.get("OPTIONS", {}))
        for config in settings.SHARED_CACHE_BACKENDS
    ]


def purge_shared_cache(keys):
    """Send `keys` to every shared cache; a failure is logged, never raised."""
    for backend in backends():
        try:
            backend.purge(list(keys))
        except OSError:
            logger.exception("Could not purge %s from %s.", keys, backend)

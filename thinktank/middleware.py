"""django-csp's middleware, with the site-wide policy header built once."""

import functools

from csp.constants import HEADER
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

# What django-csp's decorators (@csp_update, @csp_replace, @csp, @csp_exempt)
# leave on a response whose policy is not the site's.
_PER_RESPONSE = (
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_exempt",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
    "_csp_exempt_ro",
)


@functools.cache
def site_policy():
    """The header for the settings' policy, or None when the settings ask for
    more than the library's plain path (a report-only policy, excluded paths)."""
    policy = getattr(settings, "CONTENT_SECURITY_POLICY", None) or {}
    if getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None) or policy.get(
        "EXCLUDE_URL_PREFIXES"
    ):
        return None
    return build_policy()


@receiver(setting_changed)
def _forget_site_policy(setting, **kwargs):
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        site_policy.cache_clear()


class SitePolicyCSPMiddleware(CSPMiddleware):
    """Sends the Content-Security-Policy header, like django-csp's middleware.

    The library builds the header from the settings on every response (two
    dataclass copies and a pass over every directive, ~0.1 ms: a tenth of a
    page-cache hit). Most responses have the settings' policy unchanged: no
    decorator changed it and the page used no nonce. Those get the header
    built once per process; every other response (the admin's rich-text
    editor uses a nonce) goes through the library as before.
    """

    def process_response(self, request, response):
        policy = site_policy()
        if (
            policy is None
            or settings.DEBUG
            or getattr(request, "_csp_nonce", None) is not None
            or any(hasattr(response, name) for name in _PER_RESPONSE)
        ):
            return super().process_response(request, response)
        if HEADER not in response:
            response[HEADER] = policy
        # As the library does: a nonce asked for after this point is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response

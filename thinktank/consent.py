"""The reader's cookie consent, asked in one place.

django-cookie-consent keeps each reader's choices in its own cookie. Server code
asks `optional_cookies_allowed(request, group)` before it sets an optional cookie
or renders an optional script; nothing else reads the consent cookie directly.
docs/privacy.md describes the groups and how the banner decides in the browser.
"""

from cookie_consent.conf import settings  # Django's, with the library's defaults
from cookie_consent.middleware import CleanCookiesMiddleware
from cookie_consent.util import (
    get_cookie_value_from_request,
    is_cookie_consent_enabled,
)

FUNCTIONAL = "functional"
ANALYTICS = "analytics"


def unused_cookie_groups():
    """Varnames of optional groups the site does not use now; nobody is asked."""
    return set() if settings.ANALYTICS_SCRIPT_URL else {ANALYTICS}


def optional_cookies_allowed(request, group_varname):
    """Whether this reader accepted the optional cookie group `group_varname`.

    True only after the reader accepted the group as it is now. No decision yet,
    a decline, a group that gained a cookie since the reader accepted (they are
    asked again), an unknown group or one the site does not use: all False.
    """
    if group_varname in unused_cookie_groups():
        return False
    if not is_cookie_consent_enabled(request):
        return False
    return get_cookie_value_from_request(request, group_varname) is True


def _necessary_cookie_names():
    return {
        settings.SESSION_COOKIE_NAME,
        settings.CSRF_COOKIE_NAME,
        settings.COOKIE_CONSENT_NAME,
        "messages",  # django.contrib.messages' cookie storage
        "comment_pending",  # comments/cookies.py: the writer's pending comments
    }


class ConsentMiddleware(CleanCookiesMiddleware):
    """Deletes the cookies of optional groups the reader has not accepted (the
    library's cleaner), on any response but a page shared by every reader. A
    request carrying only strictly necessary cookies, as most do, skips that
    work. Pages themselves never depend on consent: optional
    scripts are loaded by static/js/consent.js."""

    def __call__(self, request):
        response = self.get_response(request)
        if (
            is_cookie_consent_enabled(request)
            and (request.COOKIES.keys() - _necessary_cookie_names())
            # A page shared by every reader sets no cookie (a cache in front
            # would then keep it from everyone); the next private view cleans.
            and "public" not in response.get("Cache-Control", "")
        ):
            self.process_response(request, response)
        return response

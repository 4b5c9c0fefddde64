"""The "Save my name, email, and website" cookie, and the consent it needs.

The cookie is functional (optional): it is set only when the reader ticked the
box and has allowed functional cookies. Nothing else in the comments app reads
or writes it.
"""

import json

from django.conf import settings

from thinktank.consent import FUNCTIONAL, optional_cookies_allowed

AUTHOR_COOKIE = "comment_author"
AUTHOR_COOKIE_SALT = "comments.author-cookie"
AUTHOR_COOKIE_MAX_AGE = 60 * 60 * 24 * 365
SAVED_FIELDS = ("name", "email", "website")


def functional_cookies_allowed(request):
    """Whether this reader has accepted functional cookies (see thinktank.consent)."""
    return optional_cookies_allowed(request, FUNCTIONAL)


def saved_details(request):
    """The name, email and website this browser asked us to remember, or {}."""
    raw = request.get_signed_cookie(
        AUTHOR_COOKIE, default=None, salt=AUTHOR_COOKIE_SALT
    )
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {field: str(data.get(field, "")) for field in SAVED_FIELDS}


def update_saved_details(request, response, *, save, details):
    """Remember `details` when the reader asked and consented; else forget them."""
    if save and functional_cookies_allowed(request):
        response.set_signed_cookie(
            AUTHOR_COOKIE,
            json.dumps({field: details.get(field, "") for field in SAVED_FIELDS}),
            salt=AUTHOR_COOKIE_SALT,
            max_age=AUTHOR_COOKIE_MAX_AGE,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )
    elif AUTHOR_COOKIE in request.COOKIES:
        response.delete_cookie(AUTHOR_COOKIE, samesite="Lax")

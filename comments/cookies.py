"""The commenter's two cookies, both sent only to the comment views (/comments/).

Reader pages are the same for everyone and cached; what belongs to one
commenter reaches the page through the comment state view, the only reader of
these cookies (with the posting view, which writes them):

- `comment_author` (functional, optional): the name, email and website the
  reader asked us to remember ("Save my name ..."). Set only when the reader
  ticked the box and has allowed functional cookies.
- `comment_pending` (necessary): the ids of the comments this browser sent that
  still await a moderator, so that their writer, and nobody else, sees them.
"""

import json

from django.conf import settings
from django.urls import reverse

from thinktank.consent import FUNCTIONAL, optional_cookies_allowed

AUTHOR_COOKIE = "comment_author"
AUTHOR_COOKIE_SALT = "comments.author-cookie"
AUTHOR_COOKIE_MAX_AGE = 60 * 60 * 24 * 365
SAVED_FIELDS = ("name", "email", "website")
PENDING_COOKIE = "comment_pending"
PENDING_COOKIE_SALT = "comments.pending-cookie"
PENDING_COOKIE_MAX_AGE = 60 * 60 * 24 * 30
MAX_PENDING_REMEMBERED = 20


def cookie_path():
    """Both cookies go to the comment views only, never to a cached page."""
    return reverse("comments:index")


def _set(response, name, value, *, salt, max_age):
    response.set_signed_cookie(
        name,
        value,
        salt=salt,
        max_age=max_age,
        path=cookie_path(),
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def functional_cookies_allowed(request):
    """Whether this reader has accepted functional cookies (see thinktank.consent)."""
    return optional_cookies_allowed(request, FUNCTIONAL)


def saved_details(request):
    """The name, email and website this browser asked us to remember, or {}:
    {} too while the reader has not (or no longer) accepted functional
    cookies, whatever cookie is left (`forget_unusable_details` removes it)."""
    if not functional_cookies_allowed(request):
        return {}
    raw = request.get_signed_cookie(
        AUTHOR_COOKIE, default=None, salt=AUTHOR_COOKIE_SALT
    )
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return {}
    if not isinstance(data, dict) or not data:
        return {}
    return {field: str(data.get(field, "")) for field in SAVED_FIELDS}


def update_saved_details(request, response, *, save, details):
    """Remember `details` when the reader asked and consented; else forget them."""
    if save and functional_cookies_allowed(request):
        value = json.dumps({field: details.get(field, "") for field in SAVED_FIELDS})
        _set(
            response,
            AUTHOR_COOKIE,
            value,
            salt=AUTHOR_COOKIE_SALT,
            max_age=AUTHOR_COOKIE_MAX_AGE,
        )
    elif AUTHOR_COOKIE in request.COOKIES:
        forget_saved_details(response)


def forget_saved_details(response):
    response.delete_cookie(AUTHOR_COOKIE, path=cookie_path(), samesite="Lax")


def forget_unusable_details(request, response, details):
    """Delete the saved details' cookie when `saved_details` could not use it
    (`details` is what it gave): consent withdrawn, expired or asked again
    since the cookie was set."""
    if AUTHOR_COOKIE in request.COOKIES and not details:
        forget_saved_details(response)


def pending_comment_ids(request):
    """The ids of the comments this browser sent that may still be pending."""
    ids = request.get_signed_cookie(
        PENDING_COOKIE, default="", salt=PENDING_COOKIE_SALT
    )
    return [int(pk) for pk in ids.split(",") if pk.isdigit()]


def remember_pending(request, response, comment):
    """Let this browser, and only it, see `comment` awaiting moderation."""
    ids = [*pending_comment_ids(request), comment.pk][-MAX_PENDING_REMEMBERED:]
    _set(
        response,
        PENDING_COOKIE,
        ",".join(map(str, ids)),
        salt=PENDING_COOKIE_SALT,
        max_age=PENDING_COOKIE_MAX_AGE,
    )

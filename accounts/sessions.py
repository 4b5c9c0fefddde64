"""Staff sessions end after STAFF_SESSION_IDLE_SECONDS without an admin page."""

import time

from django.conf import settings

SEEN_KEY = "staff_seen"
# Renewing writes the session; once a minute is precise enough for hours.
RENEW_EVERY = 60


def keep_alive(session):
    """Let `session` last STAFF_SESSION_IDLE_SECONDS from now (to the minute)."""
    now = int(time.time())
    if now - session.get(SEEN_KEY, 0) >= RENEW_EVERY:
        session[SEEN_KEY] = now
        session.set_expiry(settings.STAFF_SESSION_IDLE_SECONDS)


def session_started(sender, request, user, **kwargs):
    """user_logged_in receiver: a new session starts its idle clock."""
    keep_alive(request.session)

import re

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .models import DailyReads

# Crawlers, link previewers and monitors that run scripts; most bots never do.
BOT_AGENT = re.compile(
    r"bot|crawl|spider|slurp|preview|facebookexternalhit|lighthouse|pingdom"
    r"|monitor|python-|curl/|wget/|httpclient|java/|go-http",
    re.IGNORECASE,
)


def is_bot(user_agent):
    """Whether a User-Agent names a robot (an empty one does too)."""
    return not user_agent or bool(BOT_AGENT.search(user_agent))


# A reader counts once this long for one article: opening it again, or a
# script posting its beacon in a loop, adds nothing until then.
READ_AGAIN_AFTER_SECONDS = 60 * 60


def first_read_lately(*, article_id, sender):
    """Whether `sender` (an address, as the login lockouts count it) has not
    read the article within READ_AGAIN_AFTER_SECONDS. Remembered in the cache,
    shared through Redis; with the cache unreachable every read counts."""
    if not sender:
        return True
    key = f"readership:read:{article_id}:{sender}"
    return cache.add(key, 1, timeout=READ_AGAIN_AFTER_SECONDS) is not False


def record_read(*, article_id):
    """Add one read of the article to today's count (the site's time zone).

    One UPDATE in the common case; the day's first read inserts the row, and a
    race between two first reads ends in the loser's UPDATE.
    """
    day = timezone.localdate()
    counted = DailyReads.objects.filter(article_id=article_id, day=day)
    if counted.update(reads=F("reads") + 1):
        return
    try:
        with transaction.atomic():
            DailyReads.objects.create(article_id=article_id, day=day, reads=1)
    except IntegrityError:
        counted.update(reads=F("reads") + 1)

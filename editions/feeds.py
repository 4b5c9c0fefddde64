from datetime import datetime, time

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone

from articles.feeds import FEED_LENGTH, Rss
from thinktank.links import absolute_url

from .models import Edition


class EditionFeed(Feed):
    """The newest editions of the printed journal."""

    feed_type = Rss

    def title(self):
        return f"{settings.SITE_NAME}: print editions"

    def description(self):
        return f"Each new issue of {settings.SITE_NAME} in print."

    def link(self):
        return absolute_url(reverse("editions:list"))

    def feed_url(self):
        return absolute_url(reverse("editions:feed"))

    def items(self):
        return Edition.objects.out()[:FEED_LENGTH]

    def item_title(self, edition):
        return edition.full_name

    def item_description(self, edition):
        return f"Published {edition.date:%B %-d, %Y}."

    def item_link(self, edition):
        return absolute_url(edition.get_absolute_url())

    def item_pubdate(self, edition):
        """The morning of its publication day in the site's time zone: a
        date readers can sort by, the same at every fetch (the feed's own
        date is its newest item's)."""
        return timezone.make_aware(datetime.combine(edition.date, time.min))

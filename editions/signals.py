"""What follows a change to an edition: its cover's renditions, and the purge
of the pages that show editions (articles/keys.py)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from articles import keys
from thinktank.pagecache import purge
from thinktank.renditions import make_renditions_on_save

from .models import Edition, EditionArticle

post_save.connect(make_renditions_on_save, sender=Edition)


@receiver(post_save, sender=Edition)
@receiver(post_delete, sender=Edition)
@receiver(post_save, sender=EditionArticle)
@receiver(post_delete, sender=EditionArticle)
def edition_changed(sender, instance, **kwargs):
    purge([keys.EDITIONS, keys.SYNDICATION])

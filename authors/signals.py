"""What follows a change to an author: their portrait's renditions, and the
purge of the pages that print their name or bio."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from articles import keys
from thinktank.pagecache import purge
from thinktank.renditions import make_renditions_on_save

from .models import Author

post_save.connect(make_renditions_on_save, sender=Author)


@receiver(post_save, sender=Author)
@receiver(post_delete, sender=Author)
def author_changed(sender, instance, **kwargs):
    purge([keys.author(instance.pk), keys.SYNDICATION])

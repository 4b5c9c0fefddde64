"""A changed page purges the cached copies of its own address."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from thinktank.pagecache import purge

from .models import Page


@receiver(post_save, sender=Page)
@receiver(post_delete, sender=Page)
def page_changed(sender, instance, **kwargs):
    purge([instance.cache_key])

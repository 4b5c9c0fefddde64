"""A changed page purges the cached copies of its own address and the
sitemaps (which list published pages with their last change); a published
page that moves keeps its old address alive."""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from articles import keys
from thinktank.pagecache import purge
from thinktank.redirects import follow_address

from .models import Page


@receiver(pre_save, sender=Page)
def page_saving(sender, instance, **kwargs):
    before = Page.objects.filter(pk=instance.pk).first() if instance.pk else None
    published = before is not None and before.status == Page.Status.PUBLISHED
    instance.address_before_save = before.url if published else None


@receiver(post_save, sender=Page)
def page_moved(sender, instance, **kwargs):
    old_address = getattr(instance, "address_before_save", None)
    if old_address:
        follow_address(old_address, instance.url)


@receiver(post_save, sender=Page)
@receiver(post_delete, sender=Page)
def page_changed(sender, instance, **kwargs):
    purge([instance.cache_key, keys.SYNDICATION])

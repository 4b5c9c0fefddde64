"""What follows a change to the articles app's content, in one place.

Article.save() normalises the row itself (sanitised body, reading time,
section). Here: the pictures' renditions, the copies other tables keep (the
search index, the tags' rank columns, the articles' stored section), the
redirects that keep a moved article's old addresses alive, and the purge of
the cached pages that show what changed (see articles/keys.py).
"""

from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_save,
    pre_save,
)
from django.dispatch import receiver
from django.utils import timezone
from taggit.models import Tag

from thinktank.pagecache import SITE_KEY, purge
from thinktank.redirects import follow_address
from thinktank.renditions import make_renditions_on_save

from . import keys, search
from .models import (
    Article,
    ArticleTag,
    Byline,
    Category,
    Correction,
    Photo,
    PromoSlot,
)

for model in (Article, Photo, PromoSlot):
    post_save.connect(make_renditions_on_save, sender=model)


def listing(article):
    """Where the article stands in the lists readers see (None: in none): its
    date and category place it (and its neighbours' related stories); being
    featured may make it the home page's lead."""
    if article is None or article.status != Article.Status.PUBLISHED:
        return None
    return (article.publish_at, article.category_id, article.featured)


# An article published, or withdrawn after it was: readers may know its address.
PUBLIC_ONCE = {Article.Status.PUBLISHED, Article.Status.WITHDRAWN}


def public_address(article):
    """The address readers may have kept of the article (None: it never was
    public). A scheduled article's is not yet: a redirect from it would show
    anyone who tried the old slug the new one before its time."""
    if (
        article is None
        or article.status not in PUBLIC_ONCE
        or article.publish_at is None
        or article.publish_at > timezone.now()
    ):
        return None
    return article.get_absolute_url()


@receiver(pre_save, sender=Article)
def article_saving(sender, instance, **kwargs):
    before = Article.objects.filter(pk=instance.pk).first() if instance.pk else None
    instance.listing_before_save = listing(before)
    instance.address_before_save = public_address(before)


@receiver(post_save, sender=Article)
def article_saved(sender, instance, created, using, **kwargs):
    search.index_article(instance, using=using)
    old_address = getattr(instance, "address_before_save", None)
    if old_address:  # a new slug: old links, the WordPress ones too, follow
        follow_address(old_address, instance.get_absolute_url())
    if not created:
        # The copy its tags keep of its status, date and category (ArticleTag).
        instance.tagged_items.update(**ArticleTag.copied_from(instance))
    before = getattr(instance, "listing_before_save", None)
    now = listing(instance)
    if before is None and now is None:
        purge([keys.article(instance.pk)])  # a draft: only its preview
    elif before == now:  # its words may have changed: search results too
        purge([keys.article(instance.pk), keys.SYNDICATION, keys.SEARCH])
    elif before and now and before[:2] == now[:2]:  # featured or not: the lists
        purge([keys.article(instance.pk), keys.SYNDICATION, keys.LISTS])
    else:  # it appeared, left or moved in the lists
        purge([keys.article(instance.pk), keys.SYNDICATION, keys.LISTS, keys.LATEST])


@receiver(post_delete, sender=Article)
def article_deleted(sender, instance, using, **kwargs):
    search.article_deleted(sender, instance, using)
    purge([keys.article(instance.pk), keys.SYNDICATION, keys.LISTS, keys.LATEST])


@receiver(post_save, sender=ArticleTag)
@receiver(post_delete, sender=ArticleTag)
def article_tags_changed(sender, instance, origin=None, **kwargs):
    if isinstance(origin, Tag) or getattr(origin, "model", None) is Tag:
        return  # deleted with its tag, whose pages `tag_changed` purges once
    purge(
        [keys.article(instance.content_object_id), keys.tag(instance.tag_id)]
        + [keys.LISTS, keys.SYNDICATION]
    )


@receiver(m2m_changed, sender=ArticleTag)
def tags_set(sender, instance, action, pk_set, **kwargs):
    """Tags added or removed through `article.tags` (taggit sends m2m_changed)."""
    if action.startswith("post_") and isinstance(instance, Article):
        tags = [keys.tag(pk) for pk in pk_set or ()]
        purge([keys.article(instance.pk), *tags, keys.LISTS, keys.SYNDICATION])


@receiver(post_save, sender=Byline)
@receiver(post_delete, sender=Byline)
def byline_changed(sender, instance, **kwargs):
    purge(
        [keys.article(instance.article_id), keys.author(instance.author_id)]
        + [keys.LISTS, keys.SYNDICATION]
    )


@receiver(post_save, sender=Correction)
@receiver(post_delete, sender=Correction)
def correction_changed(sender, instance, **kwargs):
    """A note shows on its article, the corrections page and in feeds."""
    purge([keys.article(instance.article_id), keys.CORRECTIONS, keys.SYNDICATION])


@receiver(m2m_changed, sender=Article.pinned_related.through)
def pins_changed(sender, instance, **kwargs):
    if kwargs["action"].startswith("post_"):
        purge([keys.article(instance.pk)])


@receiver(post_save, sender=Tag)
@receiver(post_delete, sender=Tag)
def tag_changed(sender, instance, **kwargs):
    purge([keys.tag(instance.pk), keys.SYNDICATION])


@receiver(pre_save, sender=Category)
def category_saving(sender, instance, **kwargs):
    before = Category.objects.filter(pk=instance.pk).first() if instance.pk else None
    instance.address_before_save = before.get_absolute_url() if before else None


@receiver(post_save, sender=Category)
def category_saved(sender, instance, **kwargs):
    """Keep the stored section of the category's articles right after a move,
    and the old address of a renamed or moved category alive (bookmarks,
    search engines, other sites link to sections).

    Category.save() saves its sub-categories again when its path changes, so
    every category of a moved branch passes through here. Category names are
    in every page's menu or breadcrumbs: every page is purged.
    """
    old_address = getattr(instance, "address_before_save", None)
    if old_address:  # its feed and pages follow too (the redirect fallback)
        follow_address(old_address, instance.get_absolute_url())
    section = instance.ancestors_and_self()[0]
    Article.objects.filter(category=instance).exclude(section=section).update(
        section=section
    )
    purge([SITE_KEY])


@receiver(post_delete, sender=Category)
@receiver(post_save, sender=PromoSlot)
@receiver(post_delete, sender=PromoSlot)
def on_every_page_changed(sender, **kwargs):
    purge([SITE_KEY])

"""Editors' writes that change many articles at once."""

from django.db import transaction
from django.db.models import Min
from taggit.models import Tag

from thinktank.pagecache import purge

from . import keys
from .models import ArticleTag, TagAlias


@transaction.atomic
def merge_tags(*, tags, into):
    """Give every article tagged with any of `tags` the tag `into` instead, and
    delete the others; `into` keeps its name and slug.

    An article ends up with `into` once, however many of the tags it had, and
    keeps its listing copy (`ArticleTag` rows move, they are not rebuilt). The
    others' addresses, and those of tags merged into them before, lead to
    `into` from now on (`move_tag_addresses`).
    Returns how many articles carry `into` afterwards.
    """
    others = [tag for tag in tags if tag.pk != into.pk]
    carrying_into = ArticleTag.objects.filter(tag=into).values("content_object")
    one_row_per_article = (
        ArticleTag.objects.filter(tag__in=others)
        .exclude(content_object__in=carrying_into)
        .values("content_object")
        .annotate(first=Min("pk"))
        .values("first")
    )
    ArticleTag.objects.filter(pk__in=one_row_per_article).update(tag=into)
    TagAlias.objects.filter(tag__in=others).update(tag=into)
    move_tag_addresses(slugs=[tag.slug for tag in others], to=into)
    # Deleting the tags takes their remaining rows (articles that had `into`
    # already, or several of the tags) with them; its signals purge the pages
    # that showed them. update() sends none: `into`'s pages are purged here.
    Tag.objects.filter(pk__in=[tag.pk for tag in others]).delete()
    purge([keys.tag(into.pk), keys.LISTS, keys.SYNDICATION])
    return ArticleTag.objects.filter(tag=into).count()


def move_tag_addresses(*, slugs, to):
    """Send readers of the tag pages and feeds at `slugs` on to the tag `to`
    (a merge, or a tag given a new slug). One statement however many."""
    TagAlias.objects.bulk_create(
        [TagAlias(slug=slug, tag=to) for slug in slugs],
        update_conflicts=True,
        unique_fields=["slug"],
        update_fields=["tag"],
    )

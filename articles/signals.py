"""Reactions to changes the sender need not know about."""

from django.db import transaction

from thinktank.pagecache import bump_content_version


def category_saved(sender, instance, **kwargs):
    """Keep the stored section of the category's articles right after a move.

    Category.save() saves its sub-categories again when its path changes, so
    every category of a moved branch passes through here.
    """
    from .models import Article

    section = instance.ancestors_and_self()[0]
    moved = (
        Article.objects.filter(category=instance)
        .exclude(section=section)
        .update(section=section)
    )
    if moved:  # update() sends no signals: tell the page cache pages changed
        transaction.on_commit(bump_content_version)


def article_saved(sender, instance, created, **kwargs):
    """Renew the copy the article's tags keep of its status, date and category
    (`ArticleTag`); a new article has no tags yet."""
    from .models import ArticleTag

    if not created:
        instance.tagged_items.update(**ArticleTag.copied_from(instance))

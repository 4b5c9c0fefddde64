"""Editors' writes: the workflow, and changes to many articles at once."""

import logging
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Min
from django.template.loader import render_to_string
from django.urls import reverse
from taggit.models import Tag

from .models import Article, ArticleTag, TagAlias

logger = logging.getLogger(__name__)

EDITORS_GROUP = "Editors"
# What only the Editors group (permission `articles.publish_article`) may set.
EDITORS_ONLY = {Article.Status.PUBLISHED, Article.Status.WITHDRAWN}


def can_publish(user):
    """Whether `user` may publish, schedule and withdraw articles."""
    return user.has_perm("articles.publish_article")


def may_set_status(*, user, status):
    """Whether `user` may put an article in `status`: contributors write and
    submit for review; publishing, scheduling and withdrawing are editors'."""
    return status not in EDITORS_ONLY or can_publish(user)


def request_review(*, article, by):
    """Ask the editors to review `article`: they are emailed once the save that
    put it in review is committed (never if it rolls back); a mail failure is
    logged and never undoes the save."""
    transaction.on_commit(
        partial(send_review_request, article_id=article.pk, requested_by_id=by.pk),
        robust=True,
    )


def send_review_request(*, article_id, requested_by_id):
    """Email the active editors, except whoever asked, that an article awaits
    review. Takes plain ids, so it can run later and elsewhere (a task)."""
    article = Article.objects.only("title", "standfirst").get(pk=article_id)
    users = get_user_model().objects
    requested_by = users.get(pk=requested_by_id)
    recipients = sorted(
        set(
            users.filter(is_active=True, groups__name=EDITORS_GROUP)
            .exclude(pk=requested_by_id)
            .exclude(email="")
            .values_list("email", flat=True)
        )
    )
    if not recipients:
        logger.info("Article %s awaits review; no editor has an email.", article_id)
        return
    context = {
        "article": article,
        "requested_by": requested_by.get_full_name() or requested_by.get_username(),
        "review_url": settings.SITE_URL
        + reverse("admin:articles_article_change", args=[article_id]),
    }
    try:
        EmailMessage(
            subject=f"[{settings.SITE_NAME}] Review requested: “{article.title}”",
            body=render_to_string("articles/email/review_requested.txt", context),
            to=recipients,
        ).send()
    except Exception:
        logger.exception("Could not email the editors about article %s.", article_id)


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
    # already, or several of the tags) with them, and its signals tell the page
    # cache that pages changed (update() sends none).
    Tag.objects.filter(pk__in=[tag.pk for tag in others]).delete()
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

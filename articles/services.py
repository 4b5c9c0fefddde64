"""Editors' writes: the workflow, and changes to many articles at once."""

import logging
from dataclasses import dataclass, field

import reversion
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Exists, Max, Min, OuterRef, Q, Subquery
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag

from thinktank.links import absolute_url
from thinktank.mail import subject_line
from thinktank.pagecache import purge

from . import keys
from .models import Article, ArticleTag, Byline, TagAlias

logger = logging.getLogger(__name__)

EDITORS_GROUP = "Editors"
# What only the Editors group (permission `articles.publish_article`) may set.
EDITORS_ONLY = {Article.Status.PUBLISHED, Article.Status.WITHDRAWN}
# What a contributor may still change: nothing readers can see or saw.
CONTRIBUTOR_EDITABLE = {Article.Status.DRAFT, Article.Status.REVIEW}


def can_publish(user):
    """Whether `user` may publish, schedule and withdraw articles."""
    return user.has_perm("articles.publish_article")


def may_set_status(*, user, status):
    """Whether `user` may put an article in `status`: contributors write and
    submit for review; publishing, scheduling and withdrawing are editors'."""
    return status not in EDITORS_ONLY or can_publish(user)


@dataclass
class BulkOutcome:
    """What a bulk action did: how many articles it changed, and the titles
    it left alone, by reason."""

    changed: int = 0
    skipped: dict = field(default_factory=dict)

    def skip(self, articles, reason):
        titles = [article.title for article in articles]
        if titles:
            self.skipped.setdefault(reason, []).extend(titles)


def _require_editor(by):
    if not can_publish(by):
        raise PermissionDenied("Only editors can publish, schedule or withdraw.")


def changeable(articles, user):
    """The articles of the queryset `articles` that `user` may change: an
    editor every one; a contributor their own (started by them, or with their
    byline) while drafts or in review. The admin form and the bulk actions
    both ask this."""
    if can_publish(user):
        return articles
    bylined = Byline.objects.filter(article=OuterRef("pk"), author__user=user)
    return articles.filter(
        Q(created_by=user) | Exists(bylined), status__in=CONTRIBUTOR_EDITABLE
    )


def _changeable(articles, by, outcome):
    """The `articles` `by` may change (`changeable`), the others noted in
    `outcome`."""
    articles = list(articles)
    if can_publish(by):
        return articles
    allowed = set(
        changeable(
            Article.objects.filter(pk__in=[a.pk for a in articles]), by
        ).values_list("pk", flat=True)
    )
    outcome.skip(
        [a for a in articles if a.pk not in allowed],
        "a contributor changes only their own drafts and articles in review",
    )
    return [a for a in articles if a.pk in allowed]


def _updated(articles, *, by, action, **values):
    """One UPDATE of `articles`, their tags' listing copy renewed, one purge of
    the pages showing them, and a revision of each saying who did what
    (History can undo it). Returns the count."""
    pks = [article.pk for article in articles]
    if not pks:
        return 0
    changed = Article.objects.filter(pk__in=pks).update(
        **values, updated_at=timezone.now()
    )
    if "status" in values or "publish_at" in values:
        # ArticleTag.copied_from, for many articles in one UPDATE.
        listed = Article.objects.filter(
            pk=OuterRef("content_object"), status=Article.Status.PUBLISHED
        ).values("publish_at")
        ArticleTag.objects.filter(content_object__in=pks).update(
            listed_at=Subquery(listed)
        )
    with reversion.create_revision():
        reversion.set_user(by)
        reversion.set_comment(f"{action} (bulk action).")
        for article in Article.objects.filter(pk__in=pks):
            reversion.add_to_revision(article)
    # update() sends no signals: purge what the articles were and are on.
    purge(
        [
            *(keys.article(pk) for pk in pks),
            keys.LISTS,
            keys.LATEST,
            keys.SYNDICATION,
            keys.CORRECTIONS,
        ]
    )
    return changed


@transaction.atomic
def publish_articles(*, articles, by, at=None):
    """Publish `articles` at `at` (a time ahead schedules them), or now.
    Articles readers can already see are left as they are. Published now, an
    article that went out before (withdrawn since) keeps its date, as
    `Article.save` keeps it: it is not news again."""
    _require_editor(by)
    outcome = BulkOutcome()
    articles = list(articles)
    live = [a for a in articles if a.is_published]
    outcome.skip(live, "already published")
    waiting = [a for a in articles if a not in live]
    if at is not None:
        outcome.changed = _updated(
            waiting,
            by=by,
            action="Scheduled",
            status=Article.Status.PUBLISHED,
            publish_at=at,
        )
        return outcome
    now = timezone.now()
    dated = [a for a in waiting if a.publish_at and a.publish_at <= now]
    outcome.changed = _updated(
        dated, by=by, action="Published", status=Article.Status.PUBLISHED
    ) + _updated(
        [a for a in waiting if a not in dated],
        by=by,
        action="Published",
        status=Article.Status.PUBLISHED,
        publish_at=now,
    )
    return outcome


@transaction.atomic
def withdraw_articles(*, articles, by):
    """Take `articles` away from readers (and off the schedule)."""
    _require_editor(by)
    outcome = BulkOutcome()
    articles = list(articles)
    out = [a for a in articles if a.status != Article.Status.PUBLISHED]
    outcome.skip(out, "not published or scheduled")
    outcome.changed = _updated(
        [a for a in articles if a not in out],
        by=by,
        action="Withdrawn",
        status=Article.Status.WITHDRAWN,
    )
    return outcome


@transaction.atomic
def feature_articles(*, articles, featured, by):
    """Let `articles` lead the home page, or stop them."""
    _require_editor(by)
    action = "Featured" if featured else "No longer featured"
    return BulkOutcome(
        changed=_updated(list(articles), by=by, action=action, featured=featured)
    )


@transaction.atomic
def move_articles(*, articles, category, by):
    """File `articles` under `category` (their section follows)."""
    outcome = BulkOutcome()
    articles = _changeable(articles, by, outcome)
    section = category.ancestors_and_self()[0]
    ArticleTag.objects.filter(content_object__in=articles).update(category=category)
    outcome.changed = _updated(
        articles,
        by=by,
        action=f"Moved to {category}",
        category=category,
        section=section,
    )
    return outcome


@transaction.atomic
def tag_articles(*, articles, tag, by):
    """Add `tag` to `articles` (those that have it keep it once)."""
    outcome = BulkOutcome()
    articles = _changeable(articles, by, outcome)
    ArticleTag.objects.bulk_create(
        [
            ArticleTag(
                content_object=article, tag=tag, **ArticleTag.copied_from(article)
            )
            for article in articles
        ],
        ignore_conflicts=True,
    )
    outcome.changed = _updated(articles, by=by, action=f"Tagged {tag.name}")
    return outcome


def date_by_corrections(*, article):
    """Show `article` as updated on the date of its newest correction or update
    note, if that is later than its current "Updated" date."""
    latest = article.corrections.aggregate(latest=Max("published_at"))["latest"]
    if latest and (article.revised_at is None or latest > article.revised_at):
        Article.objects.filter(pk=article.pk).update(revised_at=latest)
        article.revised_at = latest
        purge([keys.article(article.pk), keys.SYNDICATION])


def email_review_request(*, article_id, requested_by_id):
    """Email the active editors, except whoever asked, that an article awaits
    review. Runs in a task worker (tasks.send_review_request, queued by the
    article form once the save that put the article in review commits);
    raises when the mail server refuses, so the task is retried. Sends
    nothing for an article deleted, or taken out of review, before it ran."""
    article = (
        Article.objects.filter(pk=article_id, status=Article.Status.REVIEW)
        .only("title", "standfirst")
        .first()
    )
    if article is None:
        logger.info("Article %s is no longer in review: no email.", article_id)
        return
    users = get_user_model().objects
    requested_by = users.filter(pk=requested_by_id).first()
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
        # Whoever asked may have had their account deleted since.
        "requested_by": (
            requested_by.get_full_name() or requested_by.get_username()
            if requested_by
            else "a contributor"
        ),
        "review_url": absolute_url(
            reverse("admin:articles_article_change", args=[article_id])
        ),
    }
    EmailMessage(
        subject=subject_line(
            f"[{settings.SITE_NAME}] Review requested: “{article.title}”"
        ),
        body=render_to_string("articles/email/review_requested.txt", context),
        to=recipients,
    ).send()


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

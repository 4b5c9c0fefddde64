from django.db import models
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone


def published_q(prefix="", now=None):
    """The rule for what readers may see, usable inside joins and annotations.

    `now`: the moment to see it at (a prepared query's parameter); by default
    the present."""
    return Q(
        **{
            f"{prefix}status": "published",
            f"{prefix}publish_at__lte": timezone.now() if now is None else now,
        }
    )


def byline_authors():
    """Authors in byline order, as every byline on the site shows them."""
    from authors.models import Author

    return Author.objects.order_by("byline__position")


def byline_prefetch():
    """Each article's authors in byline order, as a list in `prefetched_byline`
    (a list, not the relation's cache: Django then builds no queryset per
    article to hold them)."""
    return Prefetch("authors", queryset=byline_authors(), to_attr="prefetched_byline")


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """The only door readers go through: published and due."""
        return self.filter(published_q(now=now))

    def in_category(self, category):
        """Articles filed in `category` or any of its sub-categories."""
        from .models import Category

        if category.parent_id is None:
            return self.filter(section=category)
        return self.filter(category_id__in=Category.subtree_ids(category))

    def newest_first(self):
        return self.order_by("-publish_at", "-pk")

    def for_cards(self):
        """Everything an article card shows, loaded in a fixed number of queries.

        Not the body: cards never show it, and it is most of a row's bytes.
        """
        return (
            self.defer("body")
            .select_related("category")
            .prefetch_related(byline_prefetch())
            .with_comment_count()
        )

    def most_read(self, *, since):
        """Most read first, by the reads counted since the day of `since`
        (readership.DailyReads); one query, annotated `reads`."""
        from django.db.models import Sum

        return (
            self.filter(daily_reads__day__gte=timezone.localdate(since))
            .annotate(reads=Sum("daily_reads__reads"))
            .order_by("-reads", "-publish_at")
        )

    def most_discussed(self, *, since):
        """Most approved comments posted since `since` first; one query,
        annotated `recent_comments`."""
        return (
            self.filter(comments__status="approved", comments__created_at__gte=since)
            .annotate(recent_comments=Count("comments"))
            .order_by("-recent_comments", "-publish_at")
        )

    def with_comment_count(self):
        """Annotate `comment_count`, the approved comments, inside the same query."""
        from comments.models import Comment

        approved = (
            Comment.objects.approved()
            .filter(article=OuterRef("pk"))
            .order_by()
            .values("article")
            .annotate(total=Count("pk"))
            .values("total")
        )
        return self.annotate(comment_count=Coalesce(Subquery(approved), 0))

    def with_pins_flag(self):
        """Annotate `has_pins`: whether editors pinned stories to the article,
        one index probe that spares `related_to` its query for them."""
        pins = self.model.pinned_related.through.objects.filter(
            from_article=OuterRef("pk")
        )
        return self.annotate(has_pins=Exists(pins))

    def related_to(self, article):
        """Up to five published stories to read next, as a list.

        Editors' pins come first (newest first), then stories sharing the most
        tags, then the same category, then the newest; never `article` itself.
        Two queries as a rule, both prepared (articles/queries.py): the keys of
        the tag-sharing stories, ranked from the article tags alone
        (`ArticleTag` keeps a copy of each story's publication date and
        category, read from its rank index: ~600 candidates at 100,000
        articles without a probe into the articles table); then those few
        stories by key. The pins have a query of their own, skipped for an
        article loaded `with_pins_flag()` that has none; the category and
        newest steps run only when the others do not fill the list. No step
        scans the archive.
        """
        from .queries import RELATED_COUNT, related_ranking, stories_by_key

        now = timezone.now()

        def stories():
            # Built only for the steps that run: building costs more than the
            # prepared queries of the common case.
            return (
                self.published(now=now)
                .exclude(pk=article.pk)
                .only("title", "slug", "standfirst", "publish_at")
                .newest_first()
            )

        picked = []
        if getattr(article, "has_pins", True):
            picked = list(stories().filter(pinned_by=article)[:RELATED_COUNT])
        if len(picked) < RELATED_COUNT:
            # The top five whatever the pins: the pinned among them are dropped.
            pinned = {story.pk for story in picked}
            ranked = [
                pk
                for pk in related_ranking(
                    article=article.pk, category=article.category_id, now=now
                )
                if pk not in pinned
            ][: RELATED_COUNT - len(picked)]
            found = stories_by_key(ranked, now=now)
            picked += [found[pk] for pk in ranked if pk in found]
        for same_category in (True, False):
            if len(picked) >= RELATED_COUNT:
                break
            step = stories().exclude(pk__in=[story.pk for story in picked])
            if same_category:
                step = step.filter(category_id=article.category_id)
            picked += step[: RELATED_COUNT - len(picked)]
        return picked


class PromoSlotQuerySet(models.QuerySet):
    def current(self):
        """Promos running now, the most recently started first in each position."""
        now = timezone.now()
        return self.filter(
            Q(starts_at__lte=now), Q(ends_at__isnull=True) | Q(ends_at__gt=now)
        ).order_by("position", "-starts_at")

from django.db import models
from django.db.models import (
    Aggregate,
    Count,
    Exists,
    JSONField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Sum,
)
from django.db.models.functions import Coalesce, JSONObject
from django.utils import timezone

from authors.models import Author
from comments.models import Comment
from comments.querysets import approved_q

RELATED_COUNT = 5
# How many of the most read or commented articles the home page's rankings
# look at, for the few published ones they show.
RANKED_CANDIDATES = 50


def count_of(comments):
    """How many of `comments` are on the outer query's article, as an
    expression (0 for none): a count along comment_thread_idx."""
    per_article = (
        comments.filter(article=OuterRef("pk"))
        .order_by()
        .values("article")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return Coalesce(Subquery(per_article), 0)


def busiest(rows, total):
    """A subquery of the RANKED_CANDIDATES articles with the largest `total`
    over `rows` (a week of comments or of daily reads), for the home page's
    rankings to read from the archive, in place of every article the week
    touched.

    The rows are grouped by article from their own index (comment_discussed_idx,
    reads_by_day_idx): joining each of them with the archive read the whole
    table (14,700 articles for a week of 1,000,000 comments at 100,000
    articles: "most discussed" 75 ms on PostgreSQL and ~95 on SQLite, "most
    read" 48 and 133 ms with two weeks of reads; 8-14 ms each now). The
    caller bounds the week at both ends: SQLite, which keeps no histogram of
    dates, otherwise reads a whole index (97 ms instead of 12). Among
    articles with as large a total at the cut, the newest by key are kept.
    """
    return (
        rows.values("article")
        .annotate(total=total)
        .order_by("-total", "-article")
        .values("article")[:RANKED_CANDIDATES]
    )


def published_q(prefix=""):
    """The rule for what readers may see, usable inside joins and annotations."""
    return Q(
        **{f"{prefix}status": "published", f"{prefix}publish_at__lte": timezone.now()}
    )


def byline_authors():
    """Authors in byline order, as every byline on the site shows them."""
    return Author.objects.order_by("byline__position")


def byline_prefetch():
    """Each article's authors in byline order, as a list in `prefetched_byline`."""
    return Prefetch("authors", queryset=byline_authors(), to_attr="prefetched_byline")


class JSONList(Aggregate):
    """The grouped rows' values as one JSON list, read back as a Python list
    (PostgreSQL's JSONB_AGG, SQLite's JSON_GROUP_ARRAY)."""

    function = "JSONB_AGG"
    output_field = JSONField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(
            compiler, connection, function="JSON_GROUP_ARRAY", **extra_context
        )


class CategoryQuerySet(models.QuerySet):
    def sections(self):
        """The top-level categories in menu order."""
        return self.filter(parent=None).order_by("position", "name")


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """The only door readers go through: published and due."""
        return self.filter(published_q())

    def in_state(self, state):
        """Articles in the workflow `state` (an `Article.State`), as editors
        see them: published ones whose time is ahead are scheduled."""
        Article = self.model
        if state == Article.State.PUBLISHED:
            return self.filter(published_q())
        if state == Article.State.SCHEDULED:
            return self.filter(status=Article.Status.PUBLISHED).exclude(published_q())
        return self.filter(status=state)

    def of(self, user):
        """Articles `user` started or is in the byline of."""
        mine = self.filter(Q(created_by=user) | Q(authors__user=user))
        return self.filter(pk__in=mine.values("pk"))

    def drafts_of(self, user):
        """Drafts `user` started or is in the byline of."""
        return self.of(user).filter(status=self.model.Status.DRAFT)

    def in_category(self, category):
        """Articles filed in `category` or any of its sub-categories."""
        if category.parent_id is None:
            # Each article stores its section: one indexed value, not an IN list.
            return self.filter(section=category)
        return self.filter(
            Q(category=category) | Q(category__path__startswith=f"{category.path}/")
        )

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
        (readership.DailyReads); one query, annotated `reads`. The days are
        bounded at both ends, as `busiest` explains."""
        days = (timezone.localdate(since), timezone.localdate())
        DailyReads = self.model._meta.get_field("daily_reads").related_model
        week = DailyReads.objects.filter(day__range=days)
        return (
            self.filter(
                pk__in=busiest(week, Sum("reads")), daily_reads__day__range=days
            )
            .annotate(reads=Sum("daily_reads__reads"))
            .order_by("-reads", "-publish_at")
        )

    def most_discussed(self, *, since):
        """Most approved comments posted since `since` first; one query,
        annotated `recent_comments`. The week is bounded at both ends, as
        `busiest` explains."""
        week = (since, timezone.now())
        recent = Comment.objects.filter(approved_q(), created_at__range=week)
        return (
            self.filter(
                approved_q("comments__"),
                pk__in=busiest(recent, Count("*")),
                comments__created_at__range=week,
            )
            # a row of the join per comment: COUNT(*) needs nothing more of the
            # comment than `comment_thread_idx` holds
            .annotate(recent_comments=Count("*"))
            .order_by("-recent_comments", "-publish_at")
        )

    def with_comment_count(self):
        """Annotate `comment_count`, the approved comments, inside the same query."""
        return self.annotate(comment_count=count_of(Comment.objects.approved()))

    def with_pending_comment_count(self):
        """Annotate `pending_comment_count`, the comments awaiting moderation,
        inside the same query (comment_thread_idx, as for the approved)."""
        return self.annotate(pending_comment_count=count_of(Comment.objects.pending()))

    def with_page_flags(self):
        """Annotate `has_pins` and `has_corrections`: whether editors pinned
        stories to the article or wrote notes on it. One index probe each,
        inside the article's query, that spares the article page its queries
        for them when there are none (most articles)."""
        pins = self.model.pinned_related.through.objects.filter(
            from_article=OuterRef("pk")
        )
        notes = self.model._meta.get_field("corrections").related_model.objects
        return self.annotate(
            has_pins=Exists(pins),
            has_corrections=Exists(notes.filter(article=OuterRef("pk"))),
        )

    def with_tags(self):
        """Annotate `tag_rows`: each article's tags (pk, name, slug, and the
        order they were added in), read inside the article's own query for
        `Article.tag_list`: the article page's ninth query saved."""
        ArticleTag = self.model.tags.through
        rows = (
            ArticleTag.objects.filter(content_object=OuterRef("pk"))
            .order_by()
            .values("content_object")
            .annotate(
                rows=JSONList(
                    JSONObject(
                        added="pk", pk="tag_id", name="tag__name", slug="tag__slug"
                    )
                )
            )
            .values("rows")
        )
        return self.annotate(tag_rows=Subquery(rows, output_field=JSONField()))

    def related_to(self, article):
        """Up to five published stories to read next, as a list.

        Editors' pins come first (newest first), then the stories sharing the
        most tags (in the article's category first, then newest), then the
        newest of its category, then the newest; never `article` itself. One
        query as a rule, for pins and tags together: the tag step ranks from
        `ArticleTag`'s rank index alone (each row keeps a copy of its story's
        date and category), so it never scans the archive; the other steps
        run only when those two find fewer than five.
        """
        ArticleTag = self.model.tags.through

        def stories():
            return (
                self.published()
                .exclude(pk=article.pk)
                .only("title", "slug", "standfirst", "publish_at", "category_id")
            )

        tags = ArticleTag.objects.filter(content_object=article).values("tag")
        sharing_tags = ArticleTag.objects.filter(
            tag__in=tags, listed_at__lte=timezone.now()
        ).exclude(content_object=article)
        pinned = Q(pk__in=[])  # none
        if getattr(article, "has_pins", True):  # `with_page_flags()`
            newest_pins = stories().filter(pinned_by=article).newest_first()
            pinned = Q(pk__in=newest_pins.values("pk")[:RELATED_COUNT])
            sharing_tags = sharing_tags.exclude(content_object__pinned_by=article)
        ranked = (
            sharing_tags.values("content_object")
            .annotate(shared=Count("*"), same_category=Q(category=article.category_id))
            .order_by("-shared", "-same_category", "-listed_at", "-content_object")
            .values("content_object")[:RELATED_COUNT]
        )
        candidates = (
            stories()
            .filter(pinned | Q(pk__in=ranked))
            .annotate(
                pinned=pinned,
                shared=Count("tagged_items", filter=Q(tagged_items__tag__in=tags)),
                same_category=Q(category=article.category_id),
            )
        )

        def order(story):
            newest = (-story.publish_at.timestamp(), -story.pk)
            if story.pinned:
                return (0, *newest)
            return (1, -story.shared, not story.same_category, *newest)

        picked = sorted(candidates, key=order)[:RELATED_COUNT]
        for same_category in (True, False):
            if len(picked) >= RELATED_COUNT:
                break
            step = stories().exclude(pk__in=[story.pk for story in picked])
            if same_category:
                step = step.filter(category_id=article.category_id)
            picked += step.newest_first()[: RELATED_COUNT - len(picked)]
        return picked


def running_q(now):
    """The rule for which promos run at `now`, usable inside annotations."""
    return Q(starts_at__lte=now) & (Q(ends_at__isnull=True) | Q(ends_at__gt=now))


class PromoSlotQuerySet(models.QuerySet):
    def current(self):
        """Promos running now, the most recently started first in each position
        (of two started at the same minute, the one added last)."""
        return self.filter(running_q(timezone.now())).order_by(
            "position", "-starts_at", "-pk"
        )

    def by_position(self):
        """The promo to show in each position now, by position."""
        chosen = {}
        for promo in self.current():
            chosen.setdefault(promo.position, promo)
        return chosen

    def with_shown_now(self):
        """Each promo with `shown_now`: whether it is the one `by_position()`
        picks for its position (the first of `current()` there), which readers
        see; the others running are hidden by it."""
        shown = (
            self.model.objects.current()
            .filter(position=OuterRef("position"))
            .values("pk")[:1]
        )
        return self.annotate(shown_now=Q(pk=Subquery(shown)))

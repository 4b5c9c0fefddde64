from django.db import models
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from authors.models import Author
from comments.models import Comment

RELATED_COUNT = 5


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


class CategoryQuerySet(models.QuerySet):
    def sections(self):
        """The top-level categories in menu order."""
        return self.filter(parent=None).order_by("position", "name")


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """The only door readers go through: published and due."""
        return self.filter(published_q())

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

    def with_comment_count(self):
        """Annotate `comment_count`, the approved comments, inside the same query."""
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

        Editors' pins come first (newest first), then the stories sharing the
        most tags (in the article's category first, then newest), then the
        newest of its category, then the newest; never `article` itself. One
        query as a rule: the tag step ranks from `ArticleTag`'s rank index
        alone (each row keeps a copy of its story's date and category), so it
        never scans the archive; the other steps run only when needed.
        """
        ArticleTag = self.model.tags.through

        def stories():
            return (
                self.published()
                .exclude(pk=article.pk)
                .only("title", "slug", "standfirst", "publish_at", "category_id")
            )

        picked = []
        if getattr(article, "has_pins", True):
            picked = list(
                stories().filter(pinned_by=article).newest_first()[:RELATED_COUNT]
            )
        tags = ArticleTag.objects.filter(content_object=article).values("tag")
        ranked = (
            ArticleTag.objects.filter(tag__in=tags, listed_at__lte=timezone.now())
            .exclude(content_object=article)
            .exclude(content_object__in=[story.pk for story in picked])
            .values("content_object")
            .annotate(shared=Count("*"), same_category=Q(category=article.category_id))
            .order_by("-shared", "-same_category", "-listed_at", "-content_object")
            .values("content_object")[: RELATED_COUNT - len(picked)]
        )
        if len(picked) < RELATED_COUNT:
            picked += (
                stories()
                .filter(pk__in=ranked)
                .annotate(
                    shared=Count("tagged_items", filter=Q(tagged_items__tag__in=tags)),
                    same_category=Q(category=article.category_id),
                )
                .order_by("-shared", "-same_category", "-publish_at", "-pk")
            )
        for same_category in (True, False):
            if len(picked) >= RELATED_COUNT:
                break
            step = stories().exclude(pk__in=[story.pk for story in picked])
            if same_category:
                step = step.filter(category_id=article.category_id)
            picked += step.newest_first()[: RELATED_COUNT - len(picked)]
        return picked


class PromoSlotQuerySet(models.QuerySet):
    def current(self):
        """Promos running now, the most recently started first in each position."""
        now = timezone.now()
        return self.filter(
            Q(starts_at__lte=now), Q(ends_at__isnull=True) | Q(ends_at__gt=now)
        ).order_by("position", "-starts_at")

    def by_position(self):
        """The promo to show in each position now, by position."""
        chosen = {}
        for promo in self.current():
            chosen.setdefault(promo.position, promo)
        return chosen

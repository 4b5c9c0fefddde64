from django.db import models
from django.db.models import Count, Prefetch, Q
from django.utils import timezone


def published_q(prefix=""):
    """The rule for what readers may see, usable inside joins and annotations."""
    return Q(
        **{f"{prefix}status": "published", f"{prefix}publish_at__lte": timezone.now()}
    )


def byline_prefetch():
    """Authors in byline order, as every byline on the site shows them."""
    from authors.models import Author

    return Prefetch(
        "authors",
        queryset=Author.objects.order_by("byline__position"),
    )


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """The only door readers go through: published and due."""
        return self.filter(published_q())

    def in_category(self, category):
        """Articles filed in `category` or any of its sub-categories."""
        return self.filter(
            Q(category=category) | Q(category__path__startswith=f"{category.path}/")
        )

    def newest_first(self):
        return self.order_by("-publish_at", "-pk")

    def for_cards(self):
        """Everything an article card shows, loaded in a fixed number of queries."""
        return self.select_related("category").prefetch_related(byline_prefetch())

    def related_to(self, article, limit=5):
        """Up to `limit` published stories to read next, as a list.

        Editors' pins come first, then stories sharing the most tags, then the
        same category, then the newest; never `article` itself. Each step is one
        bounded query, so the cost does not grow with the archive.
        """
        picked = list(
            article.pinned_related.published()
            .exclude(pk=article.pk)
            .newest_first()
            .values_list("pk", flat=True)[:limit]
        )
        seen = {article.pk, *picked}
        tag_ids = [tag.pk for tag in article.tags.all()]
        steps = [
            self.published()
            .filter(tags__in=tag_ids)
            .annotate(shared=Count("pk"))
            .order_by("-shared", "-publish_at", "-pk")
            if tag_ids
            else None,
            self.published().filter(category_id=article.category_id).newest_first(),
            self.published().newest_first(),
        ]
        for step in steps:
            if len(picked) >= limit:
                break
            if step is None:
                continue
            need = limit - len(picked)
            for candidate in step.exclude(pk__in=seen).values_list("pk", flat=True)[
                :need
            ]:
                picked.append(candidate)
                seen.add(candidate)
        by_id = self.filter(pk__in=picked).for_cards().in_bulk()
        return [by_id[pk] for pk in picked]


class PromoSlotQuerySet(models.QuerySet):
    def current(self):
        """Promos running now, the most recently started first in each position."""
        now = timezone.now()
        return self.filter(
            Q(starts_at__lte=now), Q(ends_at__isnull=True) | Q(ends_at__gt=now)
        ).order_by("position", "-starts_at")

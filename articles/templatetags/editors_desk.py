"""What the admin's front page shows editors: the work that needs them."""

from datetime import timedelta

from django import template
from django.utils import timezone

from articles.models import Article

register = template.Library()

LISTED = 5  # articles shown under each heading


@register.inclusion_tag("admin/articles/_needs_attention.html")
def needs_attention(user):
    """Awaiting review, scheduled in the next seven days, recently published,
    and the user's own drafts: four queries, a few articles each."""
    now = timezone.now()
    articles = Article.objects.only(
        "title", "status", "publish_at", "updated_at"
    ).order_by()
    queues = [
        (
            "Awaiting review",
            articles.filter(status=Article.Status.REVIEW).order_by("updated_at"),
            "state=review",
        ),
        (
            "Scheduled in the next seven days",
            articles.in_state(Article.State.SCHEDULED)
            .filter(publish_at__lte=now + timedelta(days=7))
            .order_by("publish_at"),
            "state=scheduled",
        ),
        (
            "Recently published",
            articles.in_state(Article.State.PUBLISHED).order_by("-publish_at"),
            "state=published",
        ),
        (
            "My drafts",
            articles.drafts_of(user).order_by("-updated_at"),
            "state=draft&mine=1",
        ),
    ]
    return {
        "queues": [
            (heading, list(queryset[:LISTED]), query)
            for heading, queryset, query in queues
        ]
    }

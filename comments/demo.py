"""Invented reader comments for the demo site, loaded by `manage.py demo`."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from articles.models import Article

from .models import Comment

DEMO_MODERATOR = "moderator"
DEMO_USER_AGENT = "Mozilla/5.0 (demo reader)"


def load_demo_comments(threads_by_slug=None):
    """Load the demo threads (articles.demo.short.COMMENTS by default).

    Idempotent: an article that already has comments, or that does not exist,
    is skipped. Approved comments are recorded as decided by the demo
    moderator. Returns how many comments were created.
    """
    if threads_by_slug is None:
        from articles.demo.short import COMMENTS as threads_by_slug
    moderator = get_user_model().objects.filter(username=DEMO_MODERATOR).first()
    loader = _Loader(moderator)
    for slug, threads in threads_by_slug.items():
        article = Article.objects.filter(slug=slug).first()
        if article is None or article.comments.exists():
            continue
        for position, data in enumerate(threads):
            loader.load(article, None, data, position)
    return loader.created


class _Loader:
    def __init__(self, moderator):
        self.moderator = moderator
        self.created = 0
        self.now = timezone.now()

    def load(self, article, parent, data, position):
        depth = parent.depth + 1 if parent else 1
        posted = min(
            article.publish_at
            + timedelta(days=data["days_after"], hours=2 + 3 * depth + position),
            self.now - timedelta(minutes=30),
        )
        if parent:  # a reply never predates what it answers
            posted = max(posted, parent.created_at + timedelta(minutes=20))
        approved = data["status"] == Comment.Status.APPROVED
        self.created += 1
        comment = Comment.objects.create(
            article=article,
            parent=parent,
            name=data["name"],
            email=data["email"],
            website=data.get("website", ""),
            text=data["text"],
            status=Comment.Status(data["status"]),
            ip_address=f"192.0.2.{self.created % 250 + 1}",  # documentation range
            user_agent=DEMO_USER_AGENT,
            created_at=posted,
            moderated_by=self.moderator if approved else None,
            moderated_at=posted + timedelta(hours=1) if approved else None,
        )
        for reply_position, reply in enumerate(data.get("replies", [])):
            self.load(article, comment, reply, reply_position)

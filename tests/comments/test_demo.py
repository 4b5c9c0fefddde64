"""The demo threads load once, in order, with their statuses."""

import pytest

from comments.demo import load_demo_comments
from comments.forms import NAME_MAX, TEXT_MAX
from comments.models import MAX_DEPTH, Comment
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

THREADS = {
    "on-budgets": [
        {
            "name": "Ada",
            "email": "ada@example.com",
            "website": "https://ada.example",
            "text": "First.",
            "status": "approved",
            "days_after": 0,
            "replies": [
                {
                    "name": "Bea",
                    "email": "bea@example.com",
                    "website": "",
                    "text": "A reply.",
                    "status": "approved",
                    "days_after": 0,
                    "replies": [],
                }
            ],
        },
        {
            "name": "Cy",
            "email": "cy@example.com",
            "website": "",
            "text": "For the moderator to find.",
            "status": "pending",
            "days_after": 2,
            "replies": [],
        },
    ],
    "no-such-article": [],
}


def test_demo_threads_load_once_with_replies_and_statuses(django_user_model):
    moderator = django_user_model.objects.create_user("moderator")
    article = ArticleFactory(slug="on-budgets")

    created = load_demo_comments(THREADS)
    again = load_demo_comments(THREADS)

    first, reply, pending = Comment.objects.order_by("pk")
    assert (created, again) == (3, 0)
    assert reply.parent == first and reply.depth == 2
    assert first.created_at < reply.created_at
    assert first.moderated_by == moderator
    assert pending.status == "pending" and pending.moderated_by is None
    assert all(c.article == article for c in (first, reply, pending))


def test_the_demo_content_fits_the_comment_rules():
    from articles.demo.short import COMMENTS

    def check(items, depth):
        for item in items:
            assert depth <= MAX_DEPTH
            assert item["status"] in {"approved", "pending"}
            assert len(item["text"]) <= TEXT_MAX and len(item["name"]) <= NAME_MAX
            check(item.get("replies", []), depth + 1)

    for threads in COMMENTS.values():
        check(threads, 1)
    statuses = [c["status"] for threads in COMMENTS.values() for c in threads]
    assert "pending" in statuses and len(COMMENTS) >= 3

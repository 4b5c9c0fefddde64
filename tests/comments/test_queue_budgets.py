"""The moderators' pages cost a fixed number of queries, whatever the archive's size."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article
from comments.models import Comment
from comments.services import moderate_comments, reply_as_journal
from tests.factories import ArticleFactory, CommentFactory

pytestmark = pytest.mark.django_db

QUEUE = "/admin/comments/comment/"


def queue_pages(article, comment):
    """Every view of the queue a moderator uses, and the comment's own pages."""
    today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    return {
        "queue": (QUEUE, {}),
        "all statuses": (QUEUE, {"status": "all"}),
        "spam": (QUEUE, {"status": "spam"}),
        "one article": (QUEUE, {"article": article.pk, "status": "all"}),
        "find an article": (QUEUE, {"article_q": "energy"}),
        "posted this week": (
            QUEUE,
            {
                "status": "all",
                "created_at__gte": str(today - timedelta(days=7)),
                "created_at__lt": str(today + timedelta(days=1)),
            },
        ),
        "email": (QUEUE, {"status": "all", "q": comment.email}),
        "ip address": (QUEUE, {"status": "all", "q": "198.51.100.7"}),
        "words": (QUEUE, {"status": "all", "q": "bonds"}),
        "page 2": (QUEUE, {"status": "all", "p": "2"}),
        "comment page": (f"{QUEUE}{comment.pk}/change/", {}),
        "reply form": (f"{QUEUE}{comment.pk}/reply/", {}),
        "moderation log": ("/admin/comments/moderationlogentry/", {}),
    }


# Every admin page: session, user, the user's and the group's permissions (4).
# The queue then: a count bounded at 10,000 (PostgreSQL adds the planner's
# estimate only past it), the page of comments with their articles' titles.
QUEUE_QUERIES = 4 + 2
BUDGETS = {
    "queue": QUEUE_QUERIES,
    "all statuses": QUEUE_QUERIES,
    "spam": QUEUE_QUERIES,
    "one article": QUEUE_QUERIES + 1,  # the chosen article's title
    "find an article": QUEUE_QUERIES + 2,  # 5,000th newest article, matches
    "posted this week": QUEUE_QUERIES,
    "email": QUEUE_QUERIES,
    "ip address": QUEUE_QUERIES,
    "words": QUEUE_QUERIES + 1,  # the date of the 10,000th newest comment
    "page 2": QUEUE_QUERIES,
    # the comment with its article, its parent (and grandparent), its replies,
    # theirs, its log with moderators, the last decider's name, content type
    "comment page": 4 + 6,
    # the comment, its replies, theirs (no parent: a top-level comment)
    "reply form": 4 + 3,
    # staff for the moderator filter, bounded count, the page
    "moderation log": 4 + 3,
}


def archive(articles, comments_each, moderator):
    """Articles (titles with "energy"), each with pending, approved and spam
    comments, replies, staff replies, decisions and edits on record."""
    made = ArticleFactory.create_batch(articles, title="Energy markets and bonds")
    for article in made:
        comments = CommentFactory.create_batch(
            comments_each,
            article=article,
            status="pending",
            text="Municipal bonds are cheaper.",
            ip_address="198.51.100.7",
        )
        moderate_comments(
            comments=Comment.objects.filter(pk__in=[c.pk for c in comments[::2]]),
            decision="approved",
            by=moderator,
        )
        reply_as_journal(parent=comments[0], text="Thank you.", by=moderator)
        CommentFactory(article=article, parent=comments[0], status="spam")
    return made


def measure(client, pages):
    counts = {}
    for name, (url, params) in pages.items():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, params)
        assert response.status_code == 200, name
        counts[name] = len(queries)
    return counts


def test_each_queue_page_keeps_its_query_budget(
    moderator_client, moderator, django_assert_max_num_queries
):
    (article,) = archive(1, 6, moderator)
    comment = Comment.objects.filter(article=article, depth=1).first()

    for name, (url, params) in queue_pages(article, comment).items():
        with django_assert_max_num_queries(BUDGETS[name], info=name):
            response = moderator_client.get(url, params)
        assert response.status_code == 200, name


def test_queue_pages_cost_the_same_for_a_larger_archive(moderator_client, moderator):
    article, *_ = archive(2, 4, moderator)
    comment = Comment.objects.filter(article=article, depth=1).first()
    pages = queue_pages(article, comment)
    small = measure(moderator_client, pages)

    archive(12, 12, moderator)
    large = measure(moderator_client, pages)

    assert Comment.objects.count() > 150 and Article.objects.count() == 14
    assert large == small


def test_the_article_filter_lists_no_articles_until_asked(moderator_client):
    ArticleFactory(title="Grid storage and the winter peak")
    ArticleFactory(title="Fiscal rules")

    plain = moderator_client.get(QUEUE).content.decode()
    found = moderator_client.get(QUEUE, {"article_q": "grid"}).content.decode()

    assert "Grid storage" not in plain and "Fiscal rules" not in plain
    assert "Grid storage and the winter peak" in found
    assert "Fiscal rules" not in found
    assert 'name="article_q"' in plain
    assert '<label for="article-filter-q">' in plain


def test_the_article_filter_keeps_the_other_filters_and_finds_by_number(
    moderator_client,
):
    article = ArticleFactory(title="Ports")
    mine = CommentFactory(article=article, status="spam")
    CommentFactory(status="spam")

    html = moderator_client.get(
        QUEUE, {"status": "spam", "article_q": str(article.pk)}
    ).content.decode()
    narrowed = moderator_client.get(QUEUE, {"status": "spam", "article": article.pk})

    assert '<input type="hidden" name="status" value="spam">' in html
    assert f"article={article.pk}" in html
    assert list(narrowed.context["cl"].result_list) == [mine]


def test_the_article_filter_never_shows_a_drafts_title(moderator_client):
    # Moderators see the comment queue, not the article admin: the filter
    # listed the titles of unpublished drafts, by words or by number.
    draft = ArticleFactory(title="Grid embargo draft", draft=True, publish_at=None)
    ArticleFactory(title="Grid storage and the winter peak")
    withdrawn = ArticleFactory(title="Grid tariffs withdrawn", status="withdrawn")
    CommentFactory(article=withdrawn)

    by_words = moderator_client.get(QUEUE, {"article_q": "grid"}).content.decode()
    by_number = moderator_client.get(QUEUE, {"article_q": str(draft.pk)})
    chosen = moderator_client.get(QUEUE, {"article": draft.pk, "status": "all"})

    assert "Grid storage and the winter peak" in by_words
    assert "Grid tariffs withdrawn" in by_words
    for page in (by_words, by_number.content.decode(), chosen.content.decode()):
        assert "Grid embargo draft" not in page


def test_search_by_email_and_ip_is_exact(moderator_client):
    ana = CommentFactory(email="ana@example.com", ip_address="203.0.113.5")
    CommentFactory(email="banana@example.com", ip_address="203.0.113.55")

    by_email = moderator_client.get(QUEUE, {"status": "all", "q": "ANA@example.com"})
    by_ip = moderator_client.get(QUEUE, {"status": "all", "q": "203.0.113.5"})

    assert list(by_email.context["cl"].result_list) == [ana]
    assert list(by_ip.context["cl"].result_list) == [ana]


def test_word_search_looks_only_among_the_newest_comments(
    moderator_client, monkeypatch
):
    from comments import admin as comments_admin

    monkeypatch.setattr(comments_admin, "SEARCH_WINDOW", 2)
    old = CommentFactory(
        text="Tariffs matter", created_at=timezone.now().replace(year=2020)
    )
    new = CommentFactory(text="Tariffs again")
    CommentFactory(text="Something else")

    found = moderator_client.get(QUEUE, {"status": "all", "q": "tariffs"})

    assert list(found.context["cl"].result_list) == [new]
    assert old.pk not in [c.pk for c in found.context["cl"].result_list]


def test_the_queue_shows_no_full_count_and_no_facets(moderator_client):
    CommentFactory.create_batch(3, status="pending")

    response = moderator_client.get(QUEUE, {"_facets": "1"})

    cl = response.context["cl"]
    assert cl.show_full_result_count is False
    assert cl.add_facets is False
    assert cl.result_count == 3


def test_counts_are_exact_up_to_the_limit_and_never_scan_beyond_it(
    monkeypatch, django_assert_max_num_queries
):
    from thinktank import counts

    monkeypatch.setattr(counts, "EXACT_COUNT_LIMIT", 3)
    comments = CommentFactory.create_batch(5)

    few = counts.estimated_count(Comment.objects.filter(pk__in=[comments[0].pk]))
    with django_assert_max_num_queries(2, info="bounded count, then estimate"):
        many = counts.estimated_count(Comment.objects.all())

    assert few == 1
    if connection.vendor == "postgresql":
        assert many >= 4  # the planner's estimate, never below the bound
    else:
        assert many == 4  # "more than 3"


def test_the_queue_says_when_its_count_is_approximate(moderator_client, monkeypatch):
    from thinktank import counts

    monkeypatch.setattr(counts, "EXACT_COUNT_LIMIT", 3)
    CommentFactory.create_batch(5, status="pending")

    html = moderator_client.get(QUEUE).content.decode()

    if connection.vendor == "postgresql":
        # The planner's estimate; on a table this small it may fall below the
        # bounded count, which then says "more than".
        assert "about " in html or "more than 3 comments" in html
    else:
        assert "more than 3 comments" in html
        assert "more than 3 results" in html
    assert "5 comments" not in html


def test_select_all_says_the_count_is_approximate(moderator_client, monkeypatch):
    """Selecting across pages acts on every comment listed: the link must not
    name the bounded count (it said "Select all 10001 comments" over 59,764)."""
    from thinktank import counts

    monkeypatch.setattr(counts, "EXACT_COUNT_LIMIT", 3)
    CommentFactory.create_batch(5, status="pending")

    html = moderator_client.get(QUEUE).content.decode()

    approximate = ["(more than 3)", "(about "]  # "about": PostgreSQL's estimate
    assert any(f"Select all comments {label}" in html for label in approximate)
    assert "All comments selected (" in html
    assert "Select all 4 comments" not in html and "All 4 selected" not in html


def test_oldest_first_reads_the_date_index_forwards(moderator_client, moderator):
    """Oldest first orders by date, then id, both ascending: one index read
    forwards. Django ended it with the id descending, an order no index holds,
    so the database sorted every comment (1.3 s at 300,000, SQLite)."""
    posted = timezone.now() - timedelta(hours=1)
    first, second = CommentFactory.create_batch(2, created_at=posted)
    newest = CommentFactory()
    moderate_comments(
        comments=Comment.objects.filter(pk__in=[first.pk, second.pk]),
        decision="spam",
        by=moderator,
    )

    queue = moderator_client.get(QUEUE, {"status": "all", "o": "4"})
    log = moderator_client.get("/admin/comments/moderationlogentry/", {"o": "0"})

    assert list(queue.context["cl"].result_list) == [first, second, newest]
    assert str(queue.context["cl"].queryset.query).endswith(
        'ORDER BY "comments_comment"."created_at" ASC, "comments_comment"."id" ASC'
    )
    assert [e.comment for e in log.context["cl"].result_list] == [first, second]

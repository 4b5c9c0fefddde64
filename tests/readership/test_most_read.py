"""Most read: a cookieless beacon counted per article per day, and its block."""

import re
import time
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from readership import services
from readership.models import DailyReads
from tests.factories import ArticleFactory, CommentFactory

pytestmark = pytest.mark.django_db

BROWSER = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"
)


def beacon(article, agent=BROWSER, address="192.0.2.10"):
    client = Client(HTTP_USER_AGENT=agent, REMOTE_ADDR=address)
    return client.post(reverse("readership:read", args=[article.pk]))


def reads(article):
    return sum(
        DailyReads.objects.filter(article=article).values_list("reads", flat=True)
    )


def test_a_beacon_counts_one_read_for_today_and_sets_no_cookie():
    article = ArticleFactory()

    first, second = beacon(article), beacon(article, address="198.51.100.7")

    assert first.status_code == second.status_code == 204
    assert not first.cookies and "Set-Cookie" not in first
    assert "no-cache" in first["Cache-Control"]
    row = DailyReads.objects.get(article=article)
    assert (row.day, row.reads) == (timezone.localdate(), 2)


def test_a_reader_counts_once_an_hour_for_an_article(monkeypatch):
    """A script posting the beacon in a loop cannot push a story into Most
    read; a reader opening it again later counts again. The hour is cut to
    three seconds and waited for: Redis keeps its own clock, which no test
    moves."""
    monkeypatch.setattr(services, "READ_AGAIN_AFTER_SECONDS", 3)
    article, other = ArticleFactory(), ArticleFactory()

    for _ in range(10):
        assert beacon(article).status_code == 204
    beacon(other)
    beacon(article, address="2001:db8:1:2::5")
    beacon(article, address="2001:db8:1:2::6")  # the same /64 network

    assert (reads(article), reads(other)) == (2, 1)
    time.sleep(3.1)
    beacon(article)
    assert reads(article) == 3


@pytest.mark.parametrize(
    "agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "facebookexternalhit/1.1",
        "curl/8.5.0",
        "",
    ],
)
def test_robots_are_not_counted(agent):
    article = ArticleFactory()
    assert beacon(article, agent).status_code == 204
    assert reads(article) == 0


def test_drafts_and_unknown_articles_are_not_counted():
    draft = ArticleFactory(draft=True)
    assert beacon(draft).status_code == 204
    assert Client().post("/read/999999/", HTTP_USER_AGENT=BROWSER).status_code == 204
    assert not DailyReads.objects.exists()


def test_the_beacon_only_takes_posts():
    article = ArticleFactory()
    assert (
        Client().get(reverse("readership:read", args=[article.pk])).status_code == 405
    )


def test_the_article_page_names_its_beacon_and_sets_no_cookie():
    article = ArticleFactory()
    response = Client().get(article.get_absolute_url())
    html = response.content.decode()
    assert f'data-read-beacon="/read/{article.pk}/"' in html
    assert "Set-Cookie" not in response


def test_most_read_lists_the_weeks_most_read_stories_in_one_query(
    django_assert_max_num_queries,
):
    today = timezone.localdate()
    popular, steady, old = (
        ArticleFactory(title=t) for t in ("Popular", "Steady", "Old")
    )
    DailyReads.objects.create(article=popular, day=today, reads=50)
    DailyReads.objects.create(article=steady, day=today, reads=10)
    DailyReads.objects.create(article=steady, day=today - timedelta(days=3), reads=30)
    DailyReads.objects.create(article=old, day=today - timedelta(days=30), reads=999)
    draft = ArticleFactory(title="Draft", draft=True)  # read by its editors
    DailyReads.objects.create(article=draft, day=today, reads=500)

    html = Client().get("/").content.decode()
    block = html[html.index('id="most-read-heading"') :]
    block = block[: block.index("</section>")]

    assert re.findall(r">(Popular|Steady|Old|Draft)</a>", block) == [
        "Popular",
        "Steady",
    ]
    from articles.models import Article

    since = timezone.now() - timedelta(days=7)
    with django_assert_max_num_queries(1):
        assert len(list(Article.objects.published().most_read(since=since)[:5])) == 2


def test_most_discussed_counts_the_weeks_approved_comments():
    busy, quiet = ArticleFactory(title="Busy"), ArticleFactory(title="Quiet")
    CommentFactory.create_batch(3, article=busy)
    CommentFactory(article=quiet)
    CommentFactory.create_batch(5, article=quiet, status="pending")
    CommentFactory.create_batch(
        5, article=quiet, created_at=timezone.now() - timedelta(days=9)
    )

    html = Client().get("/").content.decode()
    block = html[html.index('id="most-discussed-heading"') :]
    block = block[: block.index("</section>")]

    assert re.findall(r">(Busy|Quiet)</a>", block) == ["Busy", "Quiet"]
    assert "3 new comments" in block and "1 new comment<" in block


def test_most_discussed_ranks_the_most_commented_published_stories_in_one_query(
    django_assert_max_num_queries,
):
    """The comments are counted by article before any article is read (the
    RANKED_CANDIDATES most commented): drafts among them are left out, and
    ties go to the newest story."""
    from articles.models import Article
    from articles.querysets import RANKED_CANDIDATES

    now = timezone.now()
    draft = ArticleFactory(title="Draft", draft=True)
    older, newer, busiest = (
        ArticleFactory(title=title, publish_at=now - timedelta(days=days))
        for title, days in (("Older", 3), ("Newer", 1), ("Busiest", 2))
    )
    CommentFactory.create_batch(6, article=draft)
    CommentFactory.create_batch(4, article=busiest)
    for story in (older, newer):
        CommentFactory.create_batch(2, article=story)
    for story in ArticleFactory.create_batch(RANKED_CANDIDATES):
        CommentFactory(article=story)  # the long tail past the cut

    since = now - timedelta(days=7)
    with django_assert_max_num_queries(1):
        ranked = list(Article.objects.published().most_discussed(since=since)[:3])

    assert [(a.title, a.recent_comments) for a in ranked] == [
        ("Busiest", 4),
        ("Newer", 2),
        ("Older", 2),
    ]


@pytest.mark.parametrize(
    ("origin", "counted"),
    [
        ("https://elsewhere.example", 0),
        ("null", 0),
        ("http://testserver.elsewhere.example", 0),
        ("http://testserver", 1),
    ],
)
def test_a_beacon_sent_from_another_sites_page_is_not_counted(origin, counted):
    # The beacon takes no token: any page on the web could make each of its
    # visitors' browsers count a read, pushing a story into "Most read".
    article = ArticleFactory()
    client = Client(HTTP_USER_AGENT=BROWSER)

    response = client.post(f"/read/{article.pk}/", HTTP_ORIGIN=origin)

    assert response.status_code == 204
    assert reads(article) == counted

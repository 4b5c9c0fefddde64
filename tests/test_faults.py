"""Faults degrade, never break: a cache away, or the database away."""

import pytest
from django.core.cache import caches
from django.db import OperationalError
from django.test import Client

from articles.models import Article
from comments.models import Comment
from tests.comments.conftest import comment_data, post_url
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

# Nothing listens on port 1: connections are refused at once, as when Redis is
# stopped. (A Redis that answers late is bounded by REDIS_TIMEOUT instead.)
REDIS_AWAY = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {
            "SOCKET_CONNECT_TIMEOUT": 0.25,
            "SOCKET_TIMEOUT": 0.25,
            "IGNORE_EXCEPTIONS": True,
        },
    }
}


@pytest.fixture
def redis_away(settings):
    settings.CACHES = REDIS_AWAY
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_SECONDS = 600
    settings.COMMENTS_MIN_FILL_SECONDS = 0
    yield
    caches["default"].close()


def test_with_redis_away_reader_pages_are_served_uncached(redis_away):
    article = ArticleFactory(title="Served without a cache")
    for url in ("/", article.get_absolute_url(), "/search/?q=served", "/feed/"):
        response = Client().get(url)
        assert response.status_code == 200, url
        assert response.get("X-Page-Cache") == "miss"
    assert "Served without a cache" in Client().get("/").content.decode()


def test_with_redis_away_a_comment_is_still_accepted(redis_away):
    """The rate limit's counter lives in the cache: without it the comment goes
    to the moderators' queue, never lost and never a 500."""
    article = ArticleFactory()
    response = Client().post(post_url(article), comment_data(article, text="Kept."))
    assert response.status_code == 302
    assert Comment.objects.get().text == "Kept."


def test_with_the_database_away_readers_get_the_sites_503_page(monkeypatch):
    article = ArticleFactory()

    def unreachable(*args, **kwargs):
        raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr(Article.objects, "published", unreachable)
    for url in ("/", article.get_absolute_url()):
        response = Client(raise_request_exception=False).get(url)
        assert response.status_code == 503
        assert response["Retry-After"] == "30"
        assert "no-store" in response["Cache-Control"]
        page = response.content.decode()
        assert "The journal is back in a moment" in page
        assert "Traceback" not in page


@pytest.mark.django_db(transaction=True)
def test_a_purge_the_cache_in_front_misses_is_retried_and_never_fails_the_save(
    settings, run_worker
):
    """With Varnish away, the editor's save goes through; the purge waits in the
    task table and is tried again with back-off, then kept as failed."""
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    settings.SHARED_CACHE_BACKENDS = [
        {
            "BACKEND": "thinktank.purge.VarnishBackend",
            "OPTIONS": {"urls": ["http://127.0.0.1:1"], "timeout": 0.5},
        }
    ]
    settings.TASKS_MAX_ATTEMPTS = 2
    settings.TASKS_RETRY_DELAY = 0
    article = ArticleFactory()
    article.title = "Saved while Varnish is away"
    article.save()

    run_worker()
    run_worker()  # the second attempt, due at once with no delay

    assert Article.objects.get().title == "Saved while Varnish is away"
    purges = DBTaskResult.objects.filter(task_path__endswith="purge_shared_cache")
    sent = [p for p in purges if p.worker_ids]  # each is sent again later
    assert sent
    assert all(p.status == TaskResultStatus.FAILED for p in sent)
    assert all(
        "Connection refused" in p.exception_class_path + str(p.traceback) for p in sent
    )


@pytest.mark.django_db(transaction=True)
def test_a_purge_goes_before_the_emails_a_slow_mail_server_holds_up(
    settings, mail_server_down, run_worker, time_machine
):
    """Each email attempt may wait EMAIL_TIMEOUT (30 s) for a mail server that
    answers late, and emails due again come before new tasks: the editor's
    purge queued behind them waited for all of them (measured: 5 moderators'
    emails against a server that never answers, EMAIL_TIMEOUT=5, held the
    purge 27 s)."""
    from django_tasks_db.models import DBTaskResult

    settings.COMMENTS_MIN_FILL_SECONDS = 0
    settings.COMMENTS_MODERATOR_EMAILS = ["desk@example.com"]
    settings.TASKS_RETRY_DELAY = 30
    time_machine.move_to("2026-03-02 09:00Z", tick=False)
    article = ArticleFactory()
    for text in ("First.", "Second.", "Third."):
        Client().post(post_url(article), comment_data(article, text=text))
    emails = DBTaskResult.objects.filter(task_path__endswith="notify_moderators")
    run_worker()  # every email refused once, due again in 30 s
    time_machine.shift(30)
    settings.SHARED_CACHE_BACKENDS = [
        {
            "BACKEND": "thinktank.purge.VarnishBackend",
            "OPTIONS": {"urls": ["http://127.0.0.1:1"], "timeout": 0.5},
        }
    ]
    article.title = "Corrected headline"
    article.save()

    run_worker(max_tasks=1)

    purges = DBTaskResult.objects.filter(task_path__endswith="purge_shared_cache")
    # the purge ran first; the same purge sent again later (pagecache.py) waits
    assert sorted(p.worker_ids for p in purges) == [[], ["test-worker"]]
    assert [len(email.worker_ids) for email in emails] == [1, 1, 1]


def test_with_the_database_away_a_fault_in_a_middleware_is_the_503_page_too(
    monkeypatch,
):
    """An old WordPress address is looked up in a middleware, and the admin's
    session is saved in one: there the fault never reached the 503
    middleware, and readers and staff got the 500 page."""

    def unreachable(*args, **kwargs):
        raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr(
        "articles.wordpress.middleware.WordPressQueryRedirectMiddleware.new_path",
        unreachable,
    )
    monkeypatch.setattr(
        "django.contrib.sessions.backends.db.SessionStore.create", unreachable
    )
    for url in ("/?p=123", "/admin/login/"):
        response = Client(raise_request_exception=False).get(url)
        assert response.status_code == 503, url
        assert response["Retry-After"] == "30"
        assert "The journal is back in a moment" in response.content.decode()


def test_any_other_fault_is_still_the_500_page(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(
        "articles.wordpress.middleware.WordPressQueryRedirectMiddleware.new_path",
        broken,
    )
    response = Client(raise_request_exception=False).get("/?p=123")
    assert response.status_code == 500

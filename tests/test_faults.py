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

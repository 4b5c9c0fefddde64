"""The comment form's "Save my name..." cookie: only with consent and the box ticked."""

import pytest

from comments.cookies import AUTHOR_COOKIE
from tests.comments.conftest import comment_data, post_url
from tests.consent.conftest import decide
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

DETAILS = {"name": "Ada Reader", "email": "ada@example.com", "website": ""}


@pytest.fixture(autouse=True)
def _quick_comments(settings):
    settings.COMMENTS_MIN_FILL_SECONDS = 0


@pytest.fixture
def article():
    return ArticleFactory()


def post_comment(client, article, **extra):
    return client.post(post_url(article), comment_data(article, **DETAILS, **extra))


def test_no_cookie_before_any_decision_even_with_the_box_ticked(client, article):
    response = post_comment(client, article, save_details="on")

    assert response.status_code == 302
    assert AUTHOR_COOKIE not in response.cookies


def test_no_cookie_after_declining_functional_cookies(client, article):
    decide(client, "decline", "functional")

    response = post_comment(client, article, save_details="on")

    assert AUTHOR_COOKIE not in response.cookies


def test_no_cookie_with_consent_but_the_box_unticked(client, article):
    decide(client, "accept", "functional")

    response = post_comment(client, article)

    assert AUTHOR_COOKIE not in response.cookies


def test_the_cookie_with_consent_and_the_box_ticked(client, article):
    decide(client, "accept", "functional")

    response = post_comment(client, article, save_details="on")

    assert response.cookies[AUTHOR_COOKIE].value
    assert response.cookies[AUTHOR_COOKIE]["httponly"]


def test_declining_later_deletes_the_saved_details(client, article):
    decide(client, "accept", "functional")
    post_comment(client, article, save_details="on")

    response = decide(client, "decline", "functional")

    assert response.cookies[AUTHOR_COOKIE]["max-age"] == 0
    assert AUTHOR_COOKIE not in client.cookies


def test_without_consent_any_more_the_comment_page_neither_uses_nor_keeps_details(
    client, article
):
    decide(client, "accept", "functional")
    post_comment(client, article, save_details="on")
    # The consent cookie expired or was cleared; the details' cookie outlived it.
    del client.cookies["cookie_consent"]

    response = client.get(post_url(article))  # the page for readers without script

    form = response.context["form"]
    assert (form["name"].value(), form["email"].value()) == (None, None)
    assert response.cookies[AUTHOR_COOKIE]["max-age"] == 0
    assert response.cookies[AUTHOR_COOKIE]["path"] == "/comments/"

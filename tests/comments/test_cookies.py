"""“Save my name, email, and website”: only when ticked and consented."""

import pytest

from comments.cookies import AUTHOR_COOKIE
from tests.comments.conftest import comment_data, post_url
from tests.consent.conftest import decide
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

DETAILS = {
    "name": "Ada Reader",
    "email": "ada@example.com",
    "website": "https://ada.example",
}


@pytest.fixture
def article():
    return ArticleFactory()


@pytest.fixture
def consented(client):
    decide(client, "accept", "functional")


def test_without_consent_no_cookie_is_set_even_when_ticked(client, article):
    response = client.post(
        post_url(article), comment_data(article, save_details="on", **DETAILS)
    )

    assert response.status_code == 302
    assert AUTHOR_COOKIE not in response.cookies


def test_with_consent_and_the_box_ticked_the_details_are_remembered(
    client, article, consented
):
    response = client.post(
        post_url(article), comment_data(article, save_details="on", **DETAILS)
    )
    cookie = response.cookies[AUTHOR_COOKIE]
    state = client.get(f"/comments/{article.slug}/state/").json()

    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert cookie["path"] == "/comments/"  # never sent with a cached page
    assert state["saved"] == {
        "name": "Ada Reader",
        "email": "ada@example.com",
        "website": "https://ada.example",
    }


def test_with_consent_but_the_box_unticked_nothing_is_remembered(
    client, article, consented
):
    response = client.post(post_url(article), comment_data(article, **DETAILS))

    assert AUTHOR_COOKIE not in response.cookies


def test_unticking_the_box_forgets_saved_details(client, article, consented):
    client.post(post_url(article), comment_data(article, save_details="on", **DETAILS))

    response = client.post(post_url(article), comment_data(article, **DETAILS))

    assert response.cookies[AUTHOR_COOKIE].value == ""
    assert response.cookies[AUTHOR_COOKIE]["max-age"] == 0


def test_a_forged_cookie_is_ignored(client, article):
    client.cookies[AUTHOR_COOKIE] = '{"name": "Mallory"}'

    html = client.get(article.get_absolute_url()).content.decode()

    assert "Mallory" not in html

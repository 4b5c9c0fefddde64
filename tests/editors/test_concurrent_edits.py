"""A save on top of someone else's is refused, and the editor's text kept."""

import pytest
from django.test import Client

from tests.factories import ArticleFactory

from .forms import change_form, change_url

pytestmark = pytest.mark.django_db


def loaded_at(client, article):
    """The stamp the change form carries, as a browser would post it back."""
    form = client.get(change_url(article)).context["adminform"].form
    return form["loaded_at"].value()


def test_the_second_of_two_editors_is_refused_and_keeps_their_text(
    editor_client, django_user_model
):
    article = ArticleFactory(standfirst="As first written.")
    rival = django_user_model.objects.create_superuser(
        "rival", "rival@example.com", "pw", first_name="Rita", last_name="Vale"
    )
    rival_client = Client()
    rival_client.force_login(rival)
    mine, theirs = loaded_at(editor_client, article), loaded_at(rival_client, article)

    first = rival_client.post(
        change_url(article),
        change_form(article, standfirst="Rita's version.", loaded_at=theirs),
    )
    assert first.status_code == 302

    second = editor_client.post(
        change_url(article),
        change_form(article, standfirst="My careful version.", loaded_at=mine),
    )
    assert second.status_code == 200
    page = second.content.decode()
    assert "Rita Vale saved this article at" in page
    assert "My careful version." in page  # still in the form
    article.refresh_from_db()
    assert article.standfirst == "Rita's version."


def test_saving_twice_in_a_row_is_not_a_conflict(editor_client):
    article = ArticleFactory()
    stamp = loaded_at(editor_client, article)
    editor_client.post(change_url(article), change_form(article, loaded_at=stamp))
    again = editor_client.post(
        change_url(article),
        change_form(
            article,
            standfirst="Second save.",
            loaded_at=loaded_at(editor_client, article),
        ),
    )
    assert again.status_code == 302
    article.refresh_from_db()
    assert article.standfirst == "Second save."

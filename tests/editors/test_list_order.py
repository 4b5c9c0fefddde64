"""The editors' article list: drafts on top, then the newest, on either
database; the date column sorts drafts to the end it is sorted towards."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

LIST = "/admin/articles/article/"


def listed(client, query=""):
    response = client.get(LIST + query)
    return [article.title for article in response.context["cl"].result_list]


def test_a_new_draft_is_at_the_top_of_the_list(editor_client):
    now = timezone.now()
    ArticleFactory(title="Older", publish_at=now - timedelta(days=2))
    ArticleFactory(title="Newer", publish_at=now - timedelta(days=1))
    ArticleFactory(title="Draft", draft=True, publish_at=None)

    assert listed(editor_client) == ["Draft", "Newer", "Older"]
    # The "state · date" column (third of the list's columns), both ways.
    assert listed(editor_client, "?o=3") == ["Older", "Newer", "Draft"]
    assert listed(editor_client, "?o=-3") == ["Draft", "Newer", "Older"]

import pytest
from django.contrib.auth.models import Group

from comments import services
from comments.spam import form_token


@pytest.fixture(autouse=True)
def _comment_settings(settings):
    """No minimum fill time (tests that need it set it), and one moderator address."""
    settings.COMMENTS_MIN_FILL_SECONDS = 0
    settings.COMMENTS_MODERATOR_EMAILS = ["desk@example.com"]


def comment_data(article, **overrides):
    """A valid "Leave a reply" submission for `article`."""
    data = {
        "text": "I disagree with the second point.",
        "name": "Ada Reader",
        "email": "ada@example.com",
        "website": "",
        "parent": "",
        "token": form_token(article),
        "homepage": "",
    }
    data.update(overrides)
    return data


def post_url(article):
    return f"/comments/{article.slug}/"


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user(
        "mod", "mod@example.com", "pw", is_staff=True
    )
    user.groups.add(Group.objects.get(name=services.MODERATORS_GROUP))
    return user


@pytest.fixture
def moderator_client(moderator):
    from django.test import Client

    client = Client()
    client.force_login(moderator)
    return client

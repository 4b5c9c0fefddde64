"""Signed, expiring, revocable preview links for unpublished articles."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.utils import timezone

from articles.models import Article, PreviewLink
from tests.factories import ArticleFactory

from .forms import change_form, change_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    return ArticleFactory(
        draft=True,
        publish_at=None,
        title="Sanctions, revisited",
        body="<p>Draft text.</p>",
    )


def test_an_editor_makes_a_link_that_a_stranger_can_read(
    editor_client, editor, client, draft
):
    response = editor_client.post(
        change_url(draft),
        change_form(
            draft,
            **{
                "preview_links-TOTAL_FORMS": "1",
                "preview_links-INITIAL_FORMS": "0",
                "preview_links-0-recipient": "Dr Lee",
                "preview_links-0-expires_at_0": (
                    timezone.localtime() + timedelta(days=7)
                ).strftime("%Y-%m-%d"),
                "preview_links-0-expires_at_1": "12:00:00",
            },
        ),
    )
    assert response.status_code == 302
    link = PreviewLink.objects.get()
    assert link.created_by == editor
    assert (
        link.get_absolute_url() in editor_client.get(change_url(draft)).content.decode()
    )

    page = client.get(link.get_absolute_url())
    assert page.status_code == 200
    html = page.content.decode()
    assert "Sanctions, revisited" in html and "Draft text." in html
    assert "<strong>Preview.</strong> Draft: readers cannot see it yet." in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert "private" in page["Cache-Control"] and "no-store" in page["Cache-Control"]
    assert page["X-Robots-Tag"] == "noindex, nofollow"
    assert "/admin/" not in html  # nothing of the admin


def test_a_preview_shows_the_latest_saved_text(client, draft):
    link = PreviewLink.objects.create(article=draft)
    draft.body = "<p>Rewritten this morning.</p>"
    draft.save()
    assert (
        "Rewritten this morning."
        in client.get(link.get_absolute_url()).content.decode()
    )


def test_a_scheduled_article_is_previewed_as_scheduled(client):
    link = PreviewLink.objects.create(article=ArticleFactory(scheduled=True))
    html = client.get(link.get_absolute_url()).content.decode()
    assert "<strong>Preview.</strong> This article is scheduled for" in html


def test_a_link_expires(client, draft):
    link = PreviewLink.objects.create(article=draft)
    assert link.expires_at - timezone.now() > timedelta(days=6, hours=23)
    with time_machine.travel(link.expires_at + timedelta(seconds=1)):
        gone = client.get(link.get_absolute_url())
    assert gone.status_code == 410
    assert "The link has expired." in gone.content.decode()
    assert "Draft text." not in gone.content.decode()
    assert "no-store" in gone["Cache-Control"]


def test_a_revoked_link_stops_working(client, draft):
    link = PreviewLink.objects.create(article=draft)
    assert client.get(link.get_absolute_url()).status_code == 200
    link.revoked = True
    link.save()
    gone = client.get(link.get_absolute_url())
    assert gone.status_code == 410
    assert "withdrawn this link" in gone.content.decode()


def test_a_forged_or_altered_token_finds_nothing(client, draft):
    link = PreviewLink.objects.create(article=draft)
    url = link.get_absolute_url()
    assert client.get(url[:-3] + "xx/").status_code == 404
    assert client.get(f"/preview/{link.pk}/").status_code == 404


def test_once_published_the_link_leads_to_the_article(client, draft):
    link = PreviewLink.objects.create(article=draft)
    Article.objects.filter(pk=draft.pk).update(
        status="published", publish_at=timezone.now() - timedelta(minutes=1)
    )
    response = client.get(link.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"] == draft.get_absolute_url()


def test_previews_never_go_through_the_page_cache(client, settings, draft):
    settings.PAGE_CACHE_ENABLED = True
    link = PreviewLink.objects.create(article=draft)
    assert client.get(link.get_absolute_url()).status_code == 200
    link.revoked = True
    link.save()  # no purge: the page must not have been kept anywhere
    assert client.get(link.get_absolute_url()).status_code == 410


def test_a_contributor_cannot_make_links(contributor_client, draft):
    page = contributor_client.get(change_url(draft)).content.decode()
    assert "preview_links-TOTAL_FORMS" not in page


def test_only_staff_who_may_see_preview_links_get_one_through_view_on_site(
    editor_client, django_user_model, draft
):
    # The admin's "View on site" redirect (/admin/r/<type>/<id>/) answered any
    # staff login with the object's address: a moderator counted through the
    # preview links' ids and read every draft that had one.
    link = PreviewLink.objects.create(article=draft, recipient="Dr Lee")
    kind = ContentType.objects.get_for_model(PreviewLink).pk
    view_on_site = f"/admin/r/{kind}/{link.pk}/"
    moderator = django_user_model.objects.create_user(
        "mod", password="pw", is_staff=True
    )
    moderator.groups.add(Group.objects.get(name="Moderators"))
    moderator_client = Client()
    moderator_client.force_login(moderator)

    refused = moderator_client.get(view_on_site)
    shown = editor_client.get(view_on_site)

    assert refused.status_code == 403
    assert "Location" not in refused
    assert shown.status_code == 302
    assert shown["Location"].endswith(link.get_absolute_url())
    comment_kind = ContentType.objects.get(model="comment").pk
    assert moderator_client.get(f"/admin/r/{comment_kind}/1/").status_code == 404


def test_who_made_a_preview_link_is_named_as_text(editor_client, django_user_model):
    """'Created by' linked to the user's page, which answers an editor 403."""
    colleague = django_user_model.objects.create_user("ines", is_staff=True)
    article = ArticleFactory(draft=True)
    PreviewLink.objects.create(
        article=article, recipient="A reader", created_by=colleague
    )

    html = editor_client.get(f"/admin/articles/article/{article.pk}/change/")
    html = html.content.decode()

    assert "/admin/auth/user/" not in html
    assert '<div class="readonly">ines</div>' in html
    assert (
        editor_client.get(f"/admin/auth/user/{colleague.pk}/change/").status_code == 403
    )


def test_each_link_in_the_article_form_is_headed_by_who_it_is_for(editor_client):
    """The stacked inline heads a link "Preview link: <its str>": the str
    said "Preview link for …" again."""
    article = ArticleFactory(draft=True)
    PreviewLink.objects.create(article=article, recipient="Dr Lee, reviewer")

    html = editor_client.get(f"/admin/articles/article/{article.pk}/change/")

    assert "Preview link for" not in html.content.decode()
    assert "Dr Lee, reviewer" in html.content.decode()

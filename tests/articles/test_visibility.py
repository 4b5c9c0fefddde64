from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import Permission
from django.utils import timezone

from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    """A published article and a draft and a scheduled one sharing everything."""
    section = CategoryFactory(name="Economy", slug="economy")
    category = CategoryFactory(name="Trade", slug="trade", parent=section)
    author = AuthorFactory(name="Ann Writer", slug="ann-writer")
    common = dict(category=category, tags=["tariffs"], authors=[author])
    return {
        "published": ArticleFactory(title="Visible headline", **common),
        "draft": ArticleFactory(title="Secret draft headline", draft=True, **common),
        "scheduled": ArticleFactory(
            title="Embargoed headline", scheduled=True, **common
        ),
        "category": category,
        "section": section,
        "author": author,
    }


def public_urls(world):
    return [
        "/",
        world["category"].get_absolute_url(),
        world["section"].get_absolute_url(),
        "/tag/tariffs/",
        world["author"].get_absolute_url(),
        "/search/?q=headline",
        world["published"].get_absolute_url(),
    ]


def test_drafts_and_future_articles_are_invisible_on_every_public_page(client, world):
    for url in public_urls(world):
        page = client.get(url).content.decode()
        assert (
            "Visible headline" in page or url == world["published"].get_absolute_url()
        )
        assert "Secret draft headline" not in page, url
        assert "Embargoed headline" not in page, url


def test_drafts_and_future_articles_answer_404_to_readers(client, world):
    assert client.get(world["draft"].get_absolute_url()).status_code == 404
    assert client.get(world["scheduled"].get_absolute_url()).status_code == 404


def test_scheduled_article_appears_once_its_time_passes(client, world):
    scheduled = world["scheduled"]
    with time_machine.travel(scheduled.publish_at + timedelta(minutes=1)):
        assert client.get(scheduled.get_absolute_url()).status_code == 200
        assert "Embargoed headline" in client.get("/").content.decode()
        assert "Embargoed headline" in client.get("/tag/tariffs/").content.decode()


def test_tag_page_count_ignores_unpublished_articles(client, world):
    assert "1 article tagged" in client.get("/tag/tariffs/").content.decode()


def test_staff_with_change_permission_can_preview_and_it_is_never_cached(
    client, world, django_user_model
):
    user = django_user_model.objects.create_user("e", password="pw", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="change_article"))
    client.force_login(user)
    response = client.get(world["draft"].get_absolute_url())
    assert response.status_code == 200
    assert "Preview." in response.content.decode()
    assert "no-cache" in response["Cache-Control"]
    assert (
        "private" in response["Cache-Control"]
        or "no-store" in response["Cache-Control"]
    )
    scheduled = client.get(world["scheduled"].get_absolute_url()).content.decode()
    assert "scheduled for" in scheduled


def test_preview_is_refused_to_staff_without_change_permission(
    client, world, django_user_model
):
    user = django_user_model.objects.create_user("v", password="pw", is_staff=True)
    client.force_login(user)
    assert client.get(world["draft"].get_absolute_url()).status_code == 404


def test_published_article_page_is_not_marked_preview(client, world):
    page = client.get(world["published"].get_absolute_url()).content.decode()
    assert "Preview." not in page


def test_unknown_page_uses_the_site_404(client, world):
    response = client.get("/articles/does-not-exist/")
    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()


def test_published_queryset_is_the_rule(world):
    from articles.models import Article

    now = timezone.now()
    assert list(Article.objects.published()) == [world["published"]]
    with time_machine.travel(now + timedelta(days=2)):
        assert set(Article.objects.published()) == {
            world["published"],
            world["scheduled"],
        }


def test_section_pages_list_every_published_story_newest_first_once(client, settings):
    settings.PAGE_SIZE = 5
    section = CategoryFactory(slug="economy")
    leaves = [CategoryFactory(parent=section) for _ in range(2)]
    now = timezone.now()
    stories = [
        ArticleFactory(
            title=f"Story {i:02}",
            category=leaves[i % 2],
            publish_at=now - timedelta(hours=i),
        )
        for i in range(12)
    ]
    ArticleFactory(category=leaves[0], status="draft", title="Story draft")
    shown = []
    for query in ("", "?page=2", "?page=3"):
        html = client.get(f"{section.get_absolute_url()}{query}").content.decode()
        shown += [s.title for s in stories if f">{s.title}<" in html]
        assert "Story draft" not in html
    assert shown == [s.title for s in stories]
    assert client.get(f"{section.get_absolute_url()}?page=4").status_code == 404


def test_a_tag_only_unpublished_articles_use_is_not_found(client, world):
    ArticleFactory(draft=True, tags=["acme-beta-merger"])
    ArticleFactory(scheduled=True, tags=["acme-beta-merger"])
    for url in [
        "/tag/acme-beta-merger/",
        "/tag/acme-beta-merger/feed/",
        "/tag/acme-beta-merger/feed/atom/",
    ]:
        # As for a tag nobody made: its name and existence stay unannounced.
        assert client.get(url).status_code == 404, url
    # A tag published articles use has its page and feeds, as before.
    for url in ["/tag/tariffs/", "/tag/tariffs/feed/", "/tag/tariffs/feed/atom/"]:
        assert client.get(url).status_code == 200, url

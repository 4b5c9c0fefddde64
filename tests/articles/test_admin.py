from datetime import timedelta

import pytest
import time_machine
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.utils import timezone
from taggit.models import Tag

from articles.models import Article, ArticleTag, Category, Correction, PreviewLink
from tests.conftest import boxes_and_what_they_say
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def article_form(category, author, **overrides):
    when = timezone.localtime() + overrides.pop("publish_in", timedelta(0))
    data = {
        "title": "Ports, power and the new trade map",
        "slug": "ports-power-trade-map",
        "standfirst": "Why shipping routes are the quiet centre of trade policy.",
        "body": '<p>Body text.</p><script>alert(1)</script><h2 onclick="x()">Routes</h2>',
        "status": "published",
        "publish_at_0": when.strftime("%Y-%m-%d"),
        "publish_at_1": when.strftime("%H:%M:%S"),
        "category": category.pk,
        "tags": "shipping, trade",
        "allow_comments": "on",
        "byline_set-TOTAL_FORMS": "1",
        "byline_set-INITIAL_FORMS": "0",
        "byline_set-MIN_NUM_FORMS": "1",
        "byline_set-MAX_NUM_FORMS": "1000",
        "byline_set-0-author": author.pk,
        "byline_set-0-position": "0",
        "corrections-TOTAL_FORMS": "0",
        "corrections-INITIAL_FORMS": "0",
        "preview_links-TOTAL_FORMS": "0",
        "preview_links-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return data


def test_editor_creates_and_publishes_an_article(editor_client, client):
    category, author = CategoryFactory(), AuthorFactory()
    response = editor_client.post(
        "/admin/articles/article/add/", article_form(category, author)
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get(slug="ports-power-trade-map")
    assert article.body == "<p>Body text.</p><h2>Routes</h2>"
    assert list(article.authors.all()) == [author]
    assert sorted(article.tags.names()) == ["shipping", "trade"]
    # Its tags keep the copy related stories are ranked by.
    assert set(article.tagged_items.values_list("listed_at", "category")) == {
        (article.publish_at, category.pk)
    }
    page = client.get(article.get_absolute_url())
    assert page.status_code == 200
    assert "Ports, power and the new trade map" in page.content.decode()


def test_editor_schedules_an_article_that_appears_on_time(editor_client, client):
    category, author = CategoryFactory(), AuthorFactory()
    editor_client.post(
        "/admin/articles/article/add/",
        article_form(category, author, publish_in=timedelta(hours=3)),
    )
    article = Article.objects.get(slug="ports-power-trade-map")
    assert article.is_scheduled
    assert client.get(article.get_absolute_url()).status_code == 404
    assert article.title not in client.get("/").content.decode()
    with time_machine.travel(article.publish_at + timedelta(seconds=1)):
        assert client.get(article.get_absolute_url()).status_code == 200


def test_a_draft_saved_in_the_admin_stays_hidden_until_published(editor_client, client):
    category, author = CategoryFactory(), AuthorFactory()
    editor_client.post(
        "/admin/articles/article/add/", article_form(category, author, status="draft")
    )
    article = Article.objects.get(slug="ports-power-trade-map")
    assert client.get(article.get_absolute_url()).status_code == 404
    data = article_form(category, author)
    data.update(
        {
            "byline_set-INITIAL_FORMS": "1",
            "byline_set-0-id": article.byline_set.get().pk,
            "byline_set-0-article": article.pk,
            "loaded_at": article.updated_at.isoformat(),
        }
    )
    response = editor_client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302
    assert client.get(article.get_absolute_url()).status_code == 200


def test_hero_alt_text_is_required_unless_decorative(editor_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.conftest import image_bytes

    category, author = CategoryFactory(), AuthorFactory()
    hero = SimpleUploadedFile("hero.jpg", image_bytes(), content_type="image/jpeg")
    response = editor_client.post(
        "/admin/articles/article/add/",
        article_form(category, author, hero_image=hero, hero_alt=""),
    )
    assert response.status_code == 200
    assert "Describe the hero image" in response.content.decode()


def test_category_cycle_is_refused_with_its_message(editor_client):
    top = CategoryFactory(name="Global Affairs", slug="global-affairs")
    child = CategoryFactory(name="Diplomacy", slug="diplomacy", parent=top)
    response = editor_client.post(
        f"/admin/articles/category/{top.pk}/change/",
        {"name": top.name, "slug": top.slug, "parent": child.pk, "position": 0},
    )
    assert response.status_code == 200
    assert "would make it its own ancestor" in response.content.decode()
    top.refresh_from_db()
    assert top.parent is None


def test_a_category_whose_address_is_another_page_is_refused(editor_client):
    economy = CategoryFactory(name="Economy", slug="economy")
    response = editor_client.post(
        "/admin/articles/category/add/",
        {"name": "Feed", "slug": "feed", "parent": economy.pk, "position": 0},
    )
    assert response.status_code == 200
    assert (
        "The address /category/economy/feed/ already leads to another page"
        in response.content.decode()
    )
    assert not Category.objects.filter(slug="feed").exists()


def test_category_cannot_be_its_own_parent(editor_client):
    top = CategoryFactory()
    response = editor_client.post(
        f"/admin/articles/category/{top.pk}/change/",
        {"name": top.name, "slug": top.slug, "parent": top.pk, "position": 0},
    )
    assert "would make it its own ancestor" in response.content.decode()


def test_category_tree_is_at_most_three_levels(editor_client):
    a = CategoryFactory()
    b = CategoryFactory(parent=a)
    c = CategoryFactory(parent=b)
    response = editor_client.post(
        "/admin/articles/category/add/",
        {"name": "Too deep", "slug": "too-deep", "parent": c.pk, "position": 0},
    )
    assert "at most 3 levels deep" in response.content.decode()


def test_moving_a_category_updates_the_paths_below_it():
    a = CategoryFactory(slug="a")
    b = CategoryFactory(slug="b", parent=a)
    c = CategoryFactory(slug="c", parent=b)
    other = CategoryFactory(slug="other")
    b.parent = other
    b.save()
    c.refresh_from_db()
    assert c.path == "other/b/c"
    assert c.get_absolute_url() == "/category/other/b/c/"


def test_moving_a_branch_to_another_section_moves_its_stories_there(
    editor_client, client
):
    economy = CategoryFactory(name="Economy", slug="economy")
    society = CategoryFactory(name="Society", slug="society")
    labour = CategoryFactory(name="Labour", slug="labour", parent=economy)
    unions = CategoryFactory(name="Unions", slug="unions", parent=labour)
    story = ArticleFactory(title="Bargaining in the platform era", category=unions)
    assert story.section == economy
    assert (
        "Bargaining in the platform era"
        in client.get("/category/economy/").content.decode()
    )

    response = editor_client.post(
        f"/admin/articles/category/{labour.pk}/change/",
        {"name": "Labour", "slug": "labour", "parent": society.pk, "position": 0},
    )
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.section == society
    assert (
        "Bargaining in the platform era"
        in client.get("/category/society/").content.decode()
    )
    assert "Bargaining" not in client.get("/category/economy/").content.decode()


def test_category_changelist_is_an_indented_tree(editor_client):
    top = CategoryFactory(name="Economy", slug="economy")
    CategoryFactory(name="Trade", slug="trade", parent=top)
    page = editor_client.get("/admin/articles/category/").content.decode()
    assert page.index("Economy") < page.index("\u2003└ Trade")


def test_article_changelist_has_the_editors_columns(editor_client):
    article = ArticleFactory(
        title="Listed article", authors=[AuthorFactory(name="Byline Person")]
    )
    page = editor_client.get("/admin/articles/article/").content.decode()
    for text in [
        "Listed article",
        "Byline Person",
        article.category.name,
        "State · date",
        "Category · authors",
        '<span class="article-state article-state--published">Published</span>',
    ]:
        assert text in page


def test_editors_group_has_newsroom_permissions_only(editor):
    assert editor.has_perm("articles.add_article")
    assert editor.has_perm("articles.change_category")
    assert editor.has_perm("authors.change_author")
    assert editor.has_perm("taggit.change_tag")
    assert editor.has_perm("articles.add_promoslot")
    assert not editor.has_perm("auth.change_user")


def test_article_change_page_uses_the_bundled_rich_text_editor(editor_client):
    article = ArticleFactory()
    page = editor_client.get(
        f"/admin/articles/article/{article.pk}/change/"
    ).content.decode()
    assert "django_prose_editor" in page
    assert "cdn" not in page.lower()
    assert Category.objects.count() >= 1


def test_an_article_cannot_be_pinned_to_itself(editor_client):
    article = ArticleFactory()
    data = article_form(article.category, AuthorFactory(), slug=article.slug)
    data["pinned_related"] = [article.pk]
    response = editor_client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert "cannot be pinned as related to itself" in response.content.decode()


def test_article_change_page_stamps_the_csp_nonce_on_the_editor_import_map(
    editor_client,
):
    article = ArticleFactory()
    response = editor_client.get(f"/admin/articles/article/{article.pk}/change/")
    page = response.content.decode()
    nonce = response["Content-Security-Policy"].split("'nonce-")[1].split("'")[0]
    assert f'<script type="importmap" nonce="{nonce}">' in page


def tag_pks(*names):
    return [str(Tag.objects.get(name=name).pk) for name in names]


def merge_request(names, **extra):
    return {"action": "merge", ACTION_CHECKBOX_NAME: tag_pks(*names), **extra}


def test_editor_merges_tags_into_the_one_they_keep(editor_client):
    both = ArticleFactory(tags=["trade", "commerce"])
    commerce_only = ArticleFactory(tags=["commerce"])
    trade_only = ArticleFactory(tags=["trade"])
    two_others = ArticleFactory(tags=["exports", "commerce", "shipping"])
    changelist = editor_client.get("/admin/taggit/tag/").content.decode()
    assert "render_tag_form" not in changelist  # taggit's merge, blind to ArticleTag
    assert 'value="merge"' in changelist

    confirm = editor_client.post(
        "/admin/taggit/tag/", merge_request(["trade", "commerce", "exports"], index=0)
    )
    page = confirm.content.decode()
    assert confirm.status_code == 200
    assert "csrfmiddlewaretoken" in page
    assert "commerce (3 articles)" in page
    assert "exports (1 article)" in page
    assert "shipping (" not in page  # not selected
    assert Tag.objects.count() == 4  # nothing changes before the editor confirms

    keep = Tag.objects.get(name="trade")
    response = editor_client.post(
        "/admin/taggit/tag/",
        merge_request(["trade", "commerce", "exports"], post="yes", keep=keep.pk),
        follow=True,
    )
    assert "Merged “commerce”, “exports” into “trade”, which 4 articles carry now." in (
        response.content.decode()
    )
    assert sorted(Tag.objects.values_list("name", flat=True)) == ["shipping", "trade"]
    for article, names in [
        (both, ["trade"]),
        (commerce_only, ["trade"]),
        (trade_only, ["trade"]),
        (two_others, ["shipping", "trade"]),
    ]:
        assert sorted(article.tags.names()) == names
    moved = ArticleTag.objects.get(content_object=commerce_only)
    assert (moved.tag, moved.listed_at) == (keep, commerce_only.publish_at)


def test_a_merge_needs_two_tags_and_the_one_to_keep(editor_client):
    ArticleFactory(tags=["trade", "commerce"])
    response = editor_client.post(
        "/admin/taggit/tag/", merge_request(["trade"], index=0), follow=True
    )
    assert "Select at least two tags to merge." in response.content.decode()
    response = editor_client.post(
        "/admin/taggit/tag/", merge_request(["trade", "commerce"], post="yes")
    )
    assert "Choose the tag to keep." in response.content.decode()
    assert Tag.objects.count() == 2


@pytest.mark.parametrize("group", ["Moderators", "Contributors", "Editors"])
def test_taggits_own_merge_page_is_not_there_for_any_staff(django_user_model, group):
    # taggit's merge-tags/ view checks no permission: a moderator could make
    # tags (public tag pages) there, and it merges taggit's table, not ours.
    user = django_user_model.objects.create_user(
        "staffer", password="pw", is_staff=True
    )
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)

    page = client.get("/admin/taggit/tag/merge-tags/")
    sent = client.post(
        "/admin/taggit/tag/merge-tags/", {"new_tag_name": "made-by-anyone"}
    )

    assert page.status_code != 200
    assert sent.status_code != 200
    assert not Tag.objects.filter(name="made-by-anyone").exists()


@pytest.mark.parametrize("right", ["change_tag", "delete_tag"])
def test_merging_tags_takes_the_rights_to_change_and_delete_them(
    django_user_model, right
):
    ArticleFactory(tags=["trade", "commerce"])
    user = django_user_model.objects.create_user("tagger", password="pw", is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_tag", right])
    )
    client = Client()
    client.force_login(user)
    assert 'value="merge"' not in client.get("/admin/taggit/tag/").content.decode()
    keep = Tag.objects.get(name="trade")
    client.post(
        "/admin/taggit/tag/",
        merge_request(["trade", "commerce"], post="yes", keep=keep.pk),
    )
    assert Tag.objects.count() == 2


def test_a_notes_and_a_preview_links_date_boxes_are_named(editor_client):
    """The correction note's date and the preview link's end were still
    Django's bare pairs: two unnamed edit boxes each for a screen reader,
    the note's help text tied to neither."""
    article = ArticleFactory()
    Correction.objects.create(article=article, note="The year was 2019.")
    PreviewLink.objects.create(article=article, recipient="A reviewer")
    html = editor_client.get(f"/admin/articles/article/{article.pk}/change/")
    html = html.content.decode()

    said = boxes_and_what_they_say(html, "corrections-0-published_at")
    help_text = "Readers see this date; the article shows it as “Updated”."
    assert said == {"Dated, date": [help_text], "Dated, time": [help_text]}
    said = boxes_and_what_they_say(html, "preview_links-0-expires_at")
    assert set(said) == {"Works until, date", "Works until, time"}


def test_the_publication_dates_boxes_are_named_and_described(editor_client):
    """Scheduling by screen reader: the date and time boxes had no name and
    were tied to neither the help text nor an error."""
    article = ArticleFactory()
    response = editor_client.get(f"/admin/articles/article/{article.pk}/change/")

    said = boxes_and_what_they_say(response.content.decode(), "publish_at")

    help_text = (
        "Leave empty to use the moment the article is first published. "
        "A time ahead schedules it; readers see this date."
    )
    assert said == {
        "Publication date, date": [help_text],
        "Publication date, time": [help_text],
    }

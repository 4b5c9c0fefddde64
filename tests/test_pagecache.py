"""The anonymous page cache is fast, never stale, and never shares one reader's page."""

import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from articles.models import Article
from articles.views import StoriesView
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory
from thinktank import pagecache

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def article():
    return ArticleFactory(title="Original headline", tags=["ports"])


def get(url, client=None):
    return (client or Client()).get(url)


def test_a_second_anonymous_reader_is_served_from_the_cache_in_one_query(
    article, django_assert_num_queries
):
    first = get(article.get_absolute_url())
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(1, info="were any of its keys purged since?"):
        second = get(article.get_absolute_url())
    assert second["X-Page-Cache"] == "hit"
    assert "Original headline" in second.content.decode()


def test_pages_cached_before_a_release_are_not_served_after_it(article):
    from django.core.management import call_command

    url = article.get_absolute_url()
    get(url)
    assert get(url)["X-Page-Cache"] == "hit"
    call_command("migrate", verbosity=0)  # every release runs it
    assert get(url)["X-Page-Cache"] == "miss"


def test_a_release_never_serves_pages_another_release_rendered(article, settings):
    """Old and new workers side by side in a rolling deploy: each release
    serves only its own pages, and an edit reaches both."""
    url = article.get_absolute_url()
    settings.RELEASE = "old"
    get(url)
    settings.RELEASE = "new"
    assert get(url)["X-Page-Cache"] == "miss"
    assert get(url)["X-Page-Cache"] == "hit"

    article.title = "Edited during the rollout"
    article.save()
    for release in ("old", "new"):
        settings.RELEASE = release
        assert "Edited during the rollout" in get(url).content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/articles/{slug}/",
        "/category/{category}/",
        "/tag/ports/",
        "/authors/{author}/",
        "/search/?q=original",
        "/feed/",
        "/feed/atom/",
        "/tag/ports/feed/",
        "/{year}/",
    ],
)
def test_every_reader_page_is_cached(article, url):
    url = url.format(
        year=article.publish_at.year,
        slug=article.slug,
        category=article.category.path,
        author=article.authors.first().slug,
    )
    first = get(url)
    assert first.status_code == 200
    assert get(url)["X-Page-Cache"] == "hit"


def test_cdn_headers_and_conditional_get(article):
    response = get(article.get_absolute_url())
    control = response["Cache-Control"]
    assert "public" in control and "s-maxage=" in control
    assert "stale-while-revalidate=" in control
    assert "stale-if-error=" in control and "max-age=0" in control
    again = Client().get(
        article.get_absolute_url(), HTTP_IF_NONE_MATCH=response["ETag"]
    )
    assert again.status_code == 304
    assert again.content == b""


def test_editing_an_article_shows_on_the_next_request(article):
    get(article.get_absolute_url())
    get("/")
    article.title = "Corrected headline"
    article.save()
    assert "Corrected headline" in get(article.get_absolute_url()).content.decode()
    assert "Corrected headline" in get("/").content.decode()


def test_publishing_and_unpublishing_show_on_the_next_request(article):
    draft = ArticleFactory(title="Fresh draft", draft=True)
    assert "Fresh draft" not in get("/").content.decode()
    draft.status = Article.Status.PUBLISHED
    draft.save()
    assert "Fresh draft" in get("/").content.decode()
    draft.status = Article.Status.DRAFT
    draft.save()
    assert "Fresh draft" not in get("/").content.decode()
    assert get(draft.get_absolute_url()).status_code == 404


def test_a_scheduled_article_appears_when_its_time_passes(article, settings):
    settings.PAGE_CACHE_SECONDS = 3600
    scheduled = ArticleFactory(
        title="Embargoed piece", publish_at=timezone.now() + timedelta(minutes=5)
    )
    assert "Embargoed piece" not in get("/").content.decode()
    assert get("/")["X-Page-Cache"] == "hit"
    ttl = int(get("/")["Cache-Control"].split("s-maxage=")[1].split(",")[0])
    assert ttl <= 300
    with time_machine.travel(scheduled.publish_at + timedelta(seconds=2)):
        assert "Embargoed piece" in get("/").content.decode()


def test_featuring_an_older_story_makes_it_the_home_page_s_lead(article):
    """Only the home page shows which story is featured: its lead."""
    section = article.category
    older = ArticleFactory(
        title="Older analysis",
        category=section,
        publish_at=timezone.now() - timedelta(days=30),
    )
    ArticleFactory.create_batch(12, category=section)  # newer: they fill the home
    get("/")
    get(article.get_absolute_url())
    assert "Older analysis" not in get("/").content.decode()
    older.featured = True
    older.save()  # the editor's form
    assert "Older analysis" in get("/").content.decode()
    assert get(article.get_absolute_url())["X-Page-Cache"] == "hit"


def test_publishing_or_editing_a_static_page_shows_in_the_sitemaps(article):
    from pages.models import Page

    get("/sitemap.xml")
    get("/sitemap-pages.xml")
    page = Page.objects.create(
        title="About us", url="/about/", status=Page.Status.PUBLISHED
    )
    assert "/sitemap-pages.xml" in get("/sitemap.xml").content.decode()
    assert "/about/" in get("/sitemap-pages.xml").content.decode()
    page.status = Page.Status.DRAFT
    page.save()
    assert "/about/" not in get("/sitemap-pages.xml").content.decode()


def test_an_edit_that_changes_an_article_s_words_shows_in_search_results(article):
    ArticleFactory(title="Unrelated analysis", tags=["farming"])
    for url in ("/search/?q=estuary", "/search/?q=headline", "/tag/farming/"):
        get(url)
    article.body = "<p>The estuary silts up every winter.</p>"
    article.save()
    assert "Original headline" in get("/search/?q=estuary").content.decode()
    article.title = "Revised title"
    article.save()
    assert "Revised title" not in get("/search/?q=headline").content.decode()
    assert get("/tag/farming/")["X-Page-Cache"] == "hit"  # lists stay cached


def test_a_cached_page_tells_the_cache_in_front_what_is_left_of_its_lifetime(
    article, time_machine
):
    """A Varnish restarted, a second one or a CDN's other edge fetching a page
    the origin holds got the s-maxage of when it was rendered (measured: 20 s
    after a miss that said s-maxage=29, the hit said 29 again), and kept the
    home page that long past the scheduled publication it was meant to end
    at: up to PAGE_CACHE_SECONDS, ten minutes."""
    # At noon: near midnight the lifetime ends at midnight (the header prints
    # the date), and the test failed when run at 23:56.
    noon = timezone.localtime().replace(hour=12, minute=0, second=0, microsecond=0)
    time_machine.move_to(noon, tick=False)
    ArticleFactory(
        title="Embargoed piece", publish_at=timezone.now() + timedelta(minutes=5)
    )
    assert "s-maxage=300," in get("/")["Cache-Control"]

    time_machine.shift(timedelta(seconds=200))
    response = get("/")

    assert response["X-Page-Cache"] == "hit"
    assert "s-maxage=100," in response["Cache-Control"]
    assert "stale-if-error=86400" in response["Cache-Control"]


def test_changing_a_category_tag_or_author_shows_on_the_next_request(article):
    author = article.authors.first()
    for url in ["/", article.get_absolute_url()]:
        get(url)
    article.category.name = "Renamed Section"
    article.category.save()
    assert "Renamed Section" in get(article.get_absolute_url()).content.decode()
    author.name = "Renamed Author"
    author.save()
    assert "Renamed Author" in get(article.get_absolute_url()).content.decode()
    article.tags.add("harbours")
    assert "harbours" in get(article.get_absolute_url()).content.decode()


def test_merging_tags_shows_on_the_next_request(article):
    from taggit.models import Tag

    from articles.services import merge_tags

    other = ArticleFactory(title="Harbour fees", tags=["harbours"])
    for url in ("/tag/ports/", "/tag/harbours/", other.get_absolute_url()):
        get(url)
    merge_tags(tags=Tag.objects.all(), into=Tag.objects.get(name="ports"))
    assert get("/tag/harbours/")["Location"] == "/tag/ports/"
    assert "Harbour fees" in get("/tag/ports/").content.decode()
    assert "/tag/ports/" in get(other.get_absolute_url()).content.decode()


@pytest.mark.parametrize("delete", ["one", "selected"])
def test_deleting_a_tag_purges_its_pages_once_however_many_carry_it(article, delete):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from taggit.models import Tag

    ArticleFactory.create_batch(20, tags=["ports"])
    for url in ("/tag/ports/", article.get_absolute_url()):
        get(url)
    tags = Tag.objects.filter(name="ports")
    with CaptureQueriesContext(connection) as queries:
        if delete == "one":  # its admin page
            tags.get().delete()
        else:  # the admin's "delete selected"
            tags.delete()
    purges = [q for q in queries if 'UPDATE "thinktank_purgedkey"' in q["sql"]]
    assert len(purges) == 1  # it was one per article carrying the tag
    assert get("/tag/ports/").status_code == 404
    assert "/tag/ports/" not in get(article.get_absolute_url()).content.decode()


def test_logged_in_staff_and_posts_bypass_the_cache(article, editor_client):
    get(article.get_absolute_url())
    response = editor_client.get(article.get_absolute_url())
    assert "X-Page-Cache" not in response
    assert "X-Page-Cache" not in Client().post(article.get_absolute_url())


def test_a_reader_with_a_session_gets_a_fresh_page(article):
    get(article.get_absolute_url())
    reader = Client()
    reader.cookies["sessionid"] = "anything"
    assert "X-Page-Cache" not in reader.get(article.get_absolute_url())


def test_page_cache_off_serves_every_request_fresh(article, settings):
    settings.PAGE_CACHE_ENABLED = False
    get(article.get_absolute_url())
    assert "X-Page-Cache" not in get(article.get_absolute_url())


def test_pinning_a_story_shows_on_the_next_request(article):
    other = ArticleFactory(title="Pinned companion piece")
    ArticleFactory.create_batch(6, tags=["ports"])
    assert (
        "Pinned companion piece" not in get(article.get_absolute_url()).content.decode()
    )
    article.pinned_related.add(other)
    assert "Pinned companion piece" in get(article.get_absolute_url()).content.decode()


def test_new_author_and_category_do_not_leave_stale_navigation(article):
    get("/")
    CategoryFactory(name="Brand New Section", slug="brand-new")
    AuthorFactory()
    assert "Brand New Section" in get("/").content.decode()


READER_PAGES = ["/", "/articles/{slug}/", "/feed/", "/category/{category}/"]


@pytest.mark.parametrize("page_cache", [False, True])
@pytest.mark.parametrize("url", READER_PAGES)
def test_every_anonymous_reader_gets_the_same_bytes_and_no_cookie(
    article, settings, url, page_cache
):
    """Two readers, one with cookies of every kind a reader may carry (a CSRF
    token, cookie consent, the commenter's cookies), get identical pages that
    set no cookie and do not vary by cookie: a shared cache can serve them."""
    from tests.consent.conftest import decide

    settings.PAGE_CACHE_ENABLED = page_cache
    url = url.format(slug=article.slug, category=article.category.path)
    stranger = Client()
    regular = Client()
    decide(regular, "accept", "functional")
    regular.get(f"/comments/{article.slug}/state/")  # takes a CSRF token
    assert settings.CSRF_COOKIE_NAME in regular.cookies
    first, second = stranger.get(url), regular.get(url)
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    for response in (first, second):
        assert not response.cookies
        assert "Cookie" not in response.get("Vary", "")
        assert 'csrfmiddlewaretoken" value=""' in response.content.decode() or (
            "csrfmiddlewaretoken" not in response.content.decode()
        )


def state_of(client, article):
    response = client.get(f"/comments/{article.slug}/state/")
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    return response.json()


def test_each_reader_gets_a_working_csrf_token_the_new_way(article, settings):
    from tests.comments.conftest import comment_data, post_url

    settings.COMMENTS_MIN_FILL_SECONDS = 0
    reader = Client(enforce_csrf_checks=True)
    reader.get(article.get_absolute_url())
    state = state_of(reader, article)
    data = comment_data(
        article, csrfmiddlewaretoken=state["csrfToken"], token=state["formToken"]
    )
    assert reader.post(post_url(article), data).status_code == 302


def test_a_cross_site_post_is_refused(article, settings):
    from comments.models import Comment
    from tests.comments.conftest import comment_data, post_url

    settings.COMMENTS_MIN_FILL_SECONDS = 0
    forger = Client(enforce_csrf_checks=True)
    forger.get(article.get_absolute_url())  # a cached page holds no token to steal
    response = forger.post(post_url(article), comment_data(article))
    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_a_pending_comment_is_shown_to_its_writer_alone(article, settings):
    from tests.comments.conftest import comment_data, post_url

    settings.COMMENTS_MIN_FILL_SECONDS = 0
    writer = Client()
    writer.get(article.get_absolute_url())
    response = writer.post(
        post_url(article), comment_data(article, text="My words, pending.")
    )
    assert response["Location"].endswith("#your-comment")
    cookie = response.cookies["comment_pending"]
    assert cookie["path"] == "/comments/" and cookie["httponly"]
    pending = state_of(writer, article)["pending"]
    assert len(pending) == 1
    assert "My words, pending." in pending[0]["html"]
    assert "awaiting moderation" in pending[0]["html"]
    # Nobody else sees it, in the page or in their own state.
    for page in (
        writer.get(article.get_absolute_url()),
        get(article.get_absolute_url()),
    ):
        assert "My words, pending." not in page.content.decode()
    assert state_of(Client(), article)["pending"] == []


def test_approving_or_removing_a_comment_shows_on_the_next_request(
    article, editor, django_capture_on_commit_callbacks
):
    from comments.models import Comment
    from comments.services import moderate_comments
    from tests.factories import CommentFactory

    comment = CommentFactory(article=article, status="pending", text="Queued remark.")
    assert "Queued remark." not in get(article.get_absolute_url()).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        moderate_comments(
            comments=Comment.objects.filter(pk=comment.pk),
            decision="approved",
            by=editor,
        )
    assert "Queued remark." in get(article.get_absolute_url()).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        moderate_comments(
            comments=Comment.objects.filter(pk=comment.pk),
            decision="removed",
            by=editor,
        )
    assert "Queued remark." not in get(article.get_absolute_url()).content.decode()


def test_moderating_comments_readers_never_saw_leaves_every_page_cached(
    article, editor, django_capture_on_commit_callbacks
):
    from comments.models import Comment
    from comments.services import moderate_comments
    from tests.factories import CommentFactory

    CommentFactory.create_batch(3, article=article, status="pending")
    other = ArticleFactory()
    CommentFactory(article=other, status="pending")
    pages = [article.get_absolute_url(), "/feed/comments/", "/"]
    for url in pages:
        get(url)
    with django_capture_on_commit_callbacks(execute=True):
        moderate_comments(comments=Comment.objects.all(), decision="spam", by=editor)
    assert [get(url)["X-Page-Cache"] for url in pages] == ["hit", "hit", "hit"]


def test_a_reader_who_accepted_analytics_gets_the_same_page(article, settings):
    """The analytics script is loaded in the browser (static/js/consent.js),
    never written into one reader's page."""
    from tests.consent.conftest import ANALYTICS_URL, decide

    settings.ANALYTICS_SCRIPT_URL = ANALYTICS_URL
    consenting = Client()
    decide(consenting, "accept", "analytics")
    theirs = consenting.get(article.get_absolute_url())
    assert f'<script src="{ANALYTICS_URL}"' not in theirs.content.decode()
    assert theirs.content == get(article.get_absolute_url()).content
    assert "public" in theirs["Cache-Control"]


def test_a_promo_appears_and_disappears_on_time(article, settings):
    from django.core.files.base import ContentFile

    from articles.models import PromoSlot
    from tests.conftest import image_bytes

    settings.PAGE_CACHE_SECONDS = 3600
    start = timezone.now() + timedelta(minutes=10)
    promo = PromoSlot(
        name="Forum",
        position=PromoSlot.Position.LEADERBOARD,
        alt="Policy forum banner",
        link="https://example.org/forum",
        starts_at=start,
        ends_at=start + timedelta(minutes=10),
    )
    promo.image.save("forum.jpg", ContentFile(image_bytes()), save=False)
    promo.save()
    assert "Policy forum banner" not in get("/").content.decode()
    with time_machine.travel(start + timedelta(seconds=1)):
        assert "Policy forum banner" in get("/").content.decode()
    with time_machine.travel(start + timedelta(minutes=11)):
        assert "Policy forum banner" not in get("/").content.decode()


def test_the_form_token_is_handed_out_when_the_reader_opens_the_page(article, settings):
    """The cached page holds no form token; the state view hands one out at
    the moment the reader's browser asks, for the minimum fill time."""
    from django.core.exceptions import ValidationError

    from comments.spam import check_form_token

    settings.COMMENTS_MIN_FILL_SECONDS = 5
    page = get(article.get_absolute_url()).content.decode()
    assert 'name="token" value=' not in page
    with time_machine.travel(timezone.now() + timedelta(minutes=2), tick=False):
        token = state_of(Client(), article)["formToken"]
        with pytest.raises(ValidationError) as error:
            check_form_token(token, article)
        assert error.value.code == "too_fast"
        with time_machine.travel(timezone.now() + timedelta(seconds=6)):
            check_form_token(token, article)


def test_moving_a_branch_to_another_section_shows_on_cached_section_pages(article):
    economy = CategoryFactory(slug="economy")
    society = CategoryFactory(slug="society")
    labour = CategoryFactory(slug="labour", parent=economy)
    ArticleFactory(title="Bargaining in the platform era", category=labour)
    assert "Bargaining" in get("/category/economy/").content.decode()
    assert "Bargaining" not in get("/category/society/").content.decode()
    assert get("/category/society/")["X-Page-Cache"] == "hit"
    labour.parent = society
    labour.save()
    assert "Bargaining" in get("/category/society/").content.decode()
    assert "Bargaining" not in get("/category/economy/").content.decode()


def test_list_pages_count_a_new_article_on_the_next_request(settings):
    """A list's count is not kept between requests: a 13th story in a section
    (12 a page) opens a second page at once."""
    settings.PAGE_CACHE_ENABLED = False
    section = CategoryFactory()
    ArticleFactory.create_batch(12, category=section, tags=["ports"])
    for url in (section.get_absolute_url(), "/tag/ports/"):
        assert get(url).status_code == 200
        assert get(f"{url}?page=2").status_code == 404

    ArticleFactory(category=section, tags=["ports"])
    for url in (section.get_absolute_url(), "/tag/ports/"):
        assert get(f"{url}?page=2").status_code == 200


def test_a_page_rendered_before_a_purge_commits_is_not_served_after_it(article):
    """The generation is read before rendering: a page whose rows were read
    before a change committed is older than the change's purge."""
    from thinktank.pagecache import current_generation, purge

    before = current_generation()
    purge(["article-1"])
    assert current_generation() == before + 1
    purge(["article-1", "article-2"])
    assert current_generation() == before + 2


def test_a_change_made_by_another_process_shows_at_once(article, tmp_path):
    """A management command, a shell or the task worker writes to the same
    database: the next request sees it, whichever process cached the page."""
    from django.core.management import call_command

    url = article.get_absolute_url()
    get(url)
    assert get(url)["X-Page-Cache"] == "hit"
    call_command(
        "shell",
        command=(
            "from articles.models import Article;"
            f"a = Article.objects.get(pk={article.pk});"
            "a.title = 'Changed from a shell'; a.save()"
        ),
    )
    assert "Changed from a shell" in get(url).content.decode()


def test_unrelated_article_pages_stay_cached_after_an_edit(article):
    ArticleFactory.create_batch(8, tags=["forestry"])  # newer: the latest stories
    other = ArticleFactory(title="Unrelated analysis", tags=["farming"])
    get(other.get_absolute_url())
    article.title = "Edited headline"
    article.save()
    assert get(other.get_absolute_url())["X-Page-Cache"] == "hit"
    assert "Edited headline" in get(article.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    "query", ["?utm_source=newsletter&utm_medium=email", "?fbclid=abc", "?gclid=1"]
)
def test_tracking_parameters_share_the_page_s_cache_entry(article, query):
    url = article.get_absolute_url()
    get(url)
    assert get(url + query)["X-Page-Cache"] == "hit"


def test_a_cached_page_keeps_none_of_the_first_readers_tracking_parameters():
    # The first reader's utm_* were copied into the pagination links of the
    # copy every later reader got: anyone could set everyone's campaign.
    ArticleFactory.create_batch(StoriesView.paginate_by * 2 + 1)

    first = get("/stories/?page=2&utm_source=attacker&fbclid=x")
    later = get("/stories/?page=2")

    assert (first["X-Page-Cache"], later["X-Page-Cache"]) == ("miss", "hit")
    for page in (first.content.decode(), later.content.decode()):
        assert 'href="?page=3"' in page
        assert "attacker" not in page and "fbclid" not in page


def test_unknown_parameters_redirect_to_the_canonical_address(article):
    response = get(article.get_absolute_url() + "?junk=1&utm_source=x")
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()
    response = get("/search/?q=original&nonsense=2&page=2")
    assert response.status_code == 301
    assert response["Location"] == "/search/?page=2&q=original"


@pytest.mark.parametrize(
    "url, canonical",
    [
        ("/stories/?page=%2B2", "/stories/?page=2"),
        ("/stories/?page=02", "/stories/?page=2"),
        ("/stories/?page=%D9%A2", "/stories/?page=2"),  # an Arabic-Indic two
        ("/stories/?page=1", "/stories/"),
        ("/search/?q=original&page=01", "/search/?q=original"),
        (
            "/articles/long-read/comments/?page=02",
            "/articles/long-read/comments/?page=2",
        ),
    ],
)
def test_a_page_number_written_another_way_leads_to_the_page_s_one_address(
    url, canonical
):
    # Each spelling of a page number was a page of its own in every cache, so a
    # crawler could fill the caches with copies of one page.
    ArticleFactory(slug="long-read")
    response = get(url)
    assert response.status_code == 301
    assert response["Location"] == canonical


@pytest.mark.parametrize("page", ["two", "0", "-1", "last", ""])
def test_a_page_number_that_names_no_page_leads_to_the_first(page):
    ArticleFactory.create_batch(2)
    for url, first in [
        (f"/stories/?page={page}", "/stories/"),
        (f"/search/?q=original&page={page}", "/search/?q=original"),
    ]:
        response = get(url)
        assert (response.status_code, response["Location"]) == (301, first)


def test_the_second_page_links_back_to_the_first_without_a_page_number():
    ArticleFactory.create_batch(StoriesView.paginate_by + 1)
    html = get("/stories/?page=2").content.decode()
    assert '<a rel="prev" href="/stories/">' in html
    html = get("/search/?q=article&page=2").content.decode()
    assert '<a rel="prev" href="?q=article">' in html


def test_a_page_cached_before_midnight_shows_the_new_date_after_it(article):
    evening = timezone.make_aware(timezone.datetime(2026, 3, 9, 23, 59, 30))
    with time_machine.travel(evening, tick=False):
        assert "Monday, March 9, 2026" in get("/").content.decode()
        assert get("/")["X-Page-Cache"] == "hit"
        assert "s-maxage=30" in get("/")["Cache-Control"]
    with time_machine.travel(evening + timedelta(minutes=1), tick=False):
        assert "Tuesday, March 10, 2026" in get("/").content.decode()


def test_an_old_commenter_cookie_without_consent_sets_no_cookie_on_a_shared_page(
    article,
):
    """Before the commenter's cookies moved to /comments/, they were sent with
    every page; the consent cleaner removes them on a private view instead, so
    that a shared page never carries Set-Cookie (a cache in front would keep
    it from everyone)."""
    reader = Client()
    reader.cookies["comment_author"] = "left-from-an-old-release"
    response = reader.get(article.get_absolute_url())
    assert not response.cookies
    assert "public" in response["Cache-Control"]


@pytest.mark.parametrize("debug, enabled", [("1", "False"), ("0", "True")])
def test_the_page_cache_is_off_by_default_only_while_debug_is_on(debug, enabled):
    """`make run` (DEBUG on) shows an edited template on the next reload;
    production (DEBUG off) caches unless PAGE_CACHE=0."""
    env = {name: value for name, value in os.environ.items() if name != "PAGE_CACHE"}
    env.update(
        DEBUG=debug,
        SECRET_KEY="a-test-only-secret-key-that-is-long-enough-0123456789",
        DJANGO_SETTINGS_MODULE="thinktank.settings",
    )
    shown = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings as s; print(s.PAGE_CACHE_ENABLED)",
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert shown.stdout.strip() == enabled


def test_varnish_drops_the_same_tracking_parameters_as_the_page_cache():
    """deploy/varnish/journal.vcl cannot import the list: it is written twice,
    and this keeps the two the same."""
    vcl = (ROOT / "deploy" / "varnish" / "journal.vcl").read_text()
    [names] = re.findall(r"\(\?<=\[\?&\]\)\(([^)]*)\)=", vcl)
    in_vcl = {name.replace("[a-z]+", "") for name in names.split("|")}
    assert in_vcl == set(pagecache.TRACKING_PARAMS)

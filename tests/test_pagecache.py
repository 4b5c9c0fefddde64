"""The anonymous page cache is fast, never stale, and never shares one reader's page."""

from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from articles.models import Article
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def article():
    return ArticleFactory(title="Original headline", tags=["ports"])


def get(url, client=None):
    return (client or Client()).get(url)


def test_a_second_anonymous_reader_is_served_from_the_cache_without_queries(
    article, django_assert_num_queries
):
    first = get(article.get_absolute_url())
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = get(article.get_absolute_url())
    assert second["X-Page-Cache"] == "hit"
    assert "Original headline" in second.content.decode()


@pytest.fixture
def cache_reads(monkeypatch):
    """Names of the cache methods read through, one per round trip with Redis.

    Clear it once the pages under test have been warmed up.
    """
    from django.core.cache import cache

    reads, depth = [], [0]
    for name in ("get", "get_many"):
        original = getattr(cache, name)

        def counted(*args, _original=original, _name=name, **kwargs):
            if not depth[0]:  # local memory's get_many calls get itself
                reads.append(_name)
            depth[0] += 1
            try:
                return _original(*args, **kwargs)
            finally:
                depth[0] -= 1

        monkeypatch.setattr(cache, name, counted)
    return reads


def test_a_hit_reads_the_cache_once(article, cache_reads):
    """A page another process stored comes with the version in one round trip
    (one MGET with Redis); a page this process holds a copy of needs only the
    version."""
    from thinktank.pagecache import forget_local_pages

    url = article.get_absolute_url()
    get(url)
    forget_local_pages()  # as if another process had rendered it
    cache_reads.clear()
    assert get(url)["X-Page-Cache"] == "hit"
    assert cache_reads == ["get_many"]
    cache_reads.clear()
    assert get(url)["X-Page-Cache"] == "hit"
    assert cache_reads == ["get"]


def test_a_local_copy_is_served_only_for_the_current_version(article, cache_reads):
    """After a change, a process's outdated copy gives way to the page another
    process has already rendered for the new version, and that one is kept."""
    from thinktank import pagecache

    url = article.get_absolute_url()
    get(url)
    outdated = dict(pagecache._local_pages)
    article.title = "Edited elsewhere"
    article.save()
    pagecache.forget_local_pages()
    get(url)  # the other process renders the edit and stores it
    pagecache._local_pages.update(outdated)  # this process still has the old copy
    cache_reads.clear()
    response = get(url)
    assert response["X-Page-Cache"] == "hit"
    assert "Edited elsewhere" in response.content.decode()
    assert cache_reads == ["get", "get"]  # the version, then the shared page
    cache_reads.clear()
    assert "Edited elsewhere" in get(url).content.decode()
    assert cache_reads == ["get"]


def test_a_local_copy_is_not_served_past_its_lifetime(article, settings):
    settings.PAGE_CACHE_SECONDS = 60
    url = article.get_absolute_url()
    noon = (timezone.localtime() + timedelta(days=1)).replace(hour=12, minute=0)
    with time_machine.travel(noon, tick=False):
        get(url)
        assert get(url)["X-Page-Cache"] == "hit"
    with time_machine.travel(noon + timedelta(seconds=61), tick=False):
        assert get(url)["X-Page-Cache"] == "miss"


def test_a_process_keeps_copies_of_its_latest_pages_only(monkeypatch):
    from thinktank import pagecache

    monkeypatch.setattr(pagecache, "LOCAL_PAGES", 2)
    articles = ArticleFactory.create_batch(3)
    for item in articles:
        get(item.get_absolute_url())
    get(articles[1].get_absolute_url())  # now the most recently used
    get("/")
    assert len(pagecache._local_pages) == 2
    kept = [key for key, _ in pagecache._local_pages.items()]
    assert kept[-1] == pagecache._key(Client().get("/").wsgi_request)


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


@pytest.mark.parametrize("page_cache", [False, True])
def test_a_fresh_render_reads_the_version_and_shared_values_at_once(
    cache_reads, settings, page_cache
):
    """Menu, latest stories, promos and fragments come with the version, in
    one round trip, instead of one each. A page cache miss first looks the
    page up (one more round trip)."""
    settings.PAGE_CACHE_ENABLED = page_cache
    # The two share the sidebar of older stories, and (one section) the
    # header, whose menu marks the article's section.
    one, other = ArticleFactory.create_batch(
        2, tags=["ports"], category=CategoryFactory()
    )
    ArticleFactory.create_batch(8)
    get(one.get_absolute_url())
    cache_reads.clear()
    get(other.get_absolute_url())
    # (with the page cache, storing the page reads how long it may be kept)
    assert cache_reads == (
        ["get_many", "get_many", "get"] if page_cache else ["get_many"]
    )


def test_after_a_change_the_shared_values_are_read_once_and_made_again(
    article, cache_reads
):
    url = article.get_absolute_url()
    get(url)
    ArticleFactory(title="Fresh off the desk")
    cache_reads.clear()
    assert "Fresh off the desk" in get(url).content.decode()
    # the version (this process's copy of the page is outdated), the shared
    # page, the version with the shared values, the new version's next
    # scheduled change (once, for all the values made again)
    assert cache_reads == ["get", "get", "get_many", "get"]


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
    assert response["Last-Modified"]
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


def csrf_token_in(response):
    page = response.content.decode()
    return page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]


def test_each_reader_gets_their_own_working_csrf_token_from_a_cached_page(
    article, settings
):
    from tests.comments.conftest import comment_data, post_url

    settings.COMMENTS_MIN_FILL_SECONDS = 0
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first_page = first.get(article.get_absolute_url())
    second_page = second.get(article.get_absolute_url())
    assert second_page["X-Page-Cache"] == "hit"
    assert csrf_token_in(first_page) != csrf_token_in(second_page)
    assert settings.CSRF_COOKIE_NAME in second_page.cookies

    data = comment_data(article, csrfmiddlewaretoken=csrf_token_in(second_page))
    response = second.post(post_url(article), data)
    assert response.status_code == 302


def test_a_pending_comment_is_never_served_to_another_reader(article, settings):
    from tests.comments.conftest import comment_data, post_url

    settings.COMMENTS_MIN_FILL_SECONDS = 0
    writer = Client()
    writer.get(article.get_absolute_url())
    writer.post(post_url(article), comment_data(article, text="My words, pending."))
    assert (
        "My words, pending." in writer.get(article.get_absolute_url()).content.decode()
    )
    other = get(article.get_absolute_url())
    assert "My words, pending." not in other.content.decode()
    assert "awaiting moderation" not in other.content.decode()


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


def test_a_reader_with_saved_comment_details_gets_a_fresh_page(article):
    get(article.get_absolute_url())
    reader = Client()
    reader.cookies["comment_author"] = "signed-value"
    assert "X-Page-Cache" not in reader.get(article.get_absolute_url())


def test_a_reader_who_accepted_analytics_never_shares_their_page(article, settings):
    from tests.consent.conftest import ANALYTICS_URL, decide

    settings.ANALYTICS_SCRIPT_URL = ANALYTICS_URL
    script = f'<script src="{ANALYTICS_URL}"'
    consenting = Client()
    decide(consenting, "accept", "analytics")
    theirs = consenting.get(article.get_absolute_url())
    assert script in theirs.content.decode()
    assert "private" in theirs["Cache-Control"]

    stranger = get(article.get_absolute_url())
    assert script not in stranger.content.decode()
    assert consenting.get(article.get_absolute_url())["X-Page-Cache"] == "hit"
    assert script not in get(article.get_absolute_url()).content.decode()


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


def test_a_cached_comment_form_is_handed_out_anew_for_its_minimum_fill_time(
    article, settings
):
    from django.core.exceptions import ValidationError

    from comments.spam import check_form_token

    settings.COMMENTS_MIN_FILL_SECONDS = 5

    def form_token_in(response):
        page = response.content.decode()
        return page.split('name="token" value="')[1].split('"')[0]

    get(article.get_absolute_url())
    with time_machine.travel(timezone.now() + timedelta(minutes=2), tick=False):
        token = form_token_in(get(article.get_absolute_url()))
        with pytest.raises(ValidationError) as error:
            check_form_token(token, article)
        assert error.value.code == "too_fast"


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
    """A list's count is remembered per content version, so a 13th story in a
    section (12 a page) opens a second page at once."""
    settings.PAGE_CACHE_ENABLED = False
    section = CategoryFactory()
    ArticleFactory.create_batch(12, category=section, tags=["ports"])
    for url in (section.get_absolute_url(), "/tag/ports/"):
        assert get(url).status_code == 200
        assert get(f"{url}?page=2").status_code == 404

    ArticleFactory(category=section, tags=["ports"])
    for url in (section.get_absolute_url(), "/tag/ports/"):
        assert get(f"{url}?page=2").status_code == 200


def test_a_change_bumps_the_version_again_when_its_transaction_commits(
    django_capture_on_commit_callbacks,
):
    """A page rendered between the save and the commit read the old rows; the
    second bump keeps it from being served as the new version."""
    from django.core.cache import cache

    from thinktank.pagecache import VERSION_KEY

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        ArticleFactory()
        saved = cache.get(VERSION_KEY)
    assert callbacks
    assert cache.get(VERSION_KEY) > saved


def test_a_page_cached_before_midnight_shows_the_new_date_after_it(article):
    evening = timezone.make_aware(timezone.datetime(2026, 3, 9, 23, 59, 30))
    with time_machine.travel(evening, tick=False):
        assert "Monday, March 9, 2026" in get("/").content.decode()
        assert get("/")["X-Page-Cache"] == "hit"
        assert "s-maxage=30" in get("/")["Cache-Control"]
    with time_machine.travel(evening + timedelta(minutes=1), tick=False):
        assert "Tuesday, March 10, 2026" in get("/").content.decode()

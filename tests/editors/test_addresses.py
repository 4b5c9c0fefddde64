"""An article or page that moves keeps its old addresses alive."""

from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.contrib.redirects.models import Redirect
from django.utils import timezone

from articles.models import Article
from pages.models import Page
from tests.factories import ArticleFactory, CategoryFactory

from .forms import change_form, change_url

pytestmark = pytest.mark.django_db


def lands(client, old, expected):
    response = client.get(old)
    assert (response.status_code, response["Location"]) == (301, expected), old


def test_a_new_slug_takes_every_old_address_along_in_one_step(editor_client, client):
    article = ArticleFactory(slug="port-reform")
    # An address from the WordPress import, leading to the article.
    Redirect.objects.create(
        site_id=1,
        old_path="/2024/03/05/port-reform/",
        new_path="/articles/port-reform/",
    )
    response = editor_client.post(
        change_url(article), change_form(article, slug="port-reform-stalls")
    )
    assert response.status_code == 302

    lands(client, "/articles/port-reform/", "/articles/port-reform-stalls/")
    lands(client, "/2024/03/05/port-reform/", "/articles/port-reform-stalls/")
    assert client.get("/articles/port-reform-stalls/").status_code == 200

    # Back to the first slug: no loop, every old address one step away.
    editor_client.post(change_url(article), change_form(article, slug="port-reform"))
    assert client.get("/articles/port-reform/").status_code == 200
    lands(client, "/articles/port-reform-stalls/", "/articles/port-reform/")
    lands(client, "/2024/03/05/port-reform/", "/articles/port-reform/")


def test_a_category_given_a_new_slug_keeps_its_old_addresses(editor_client, client):
    # Found in QA: an editor renamed a section's slug and its old address,
    # and its sub-sections', answered 404 (articles' and pages' followed).
    economy = CategoryFactory(name="Economy", slug="economy")
    trade = CategoryFactory(name="Trade", slug="trade", parent=economy)
    ArticleFactory(category=trade)
    response = editor_client.post(
        f"/admin/articles/category/{economy.pk}/change/",
        {"name": "Economy", "slug": "economics", "description": "", "position": 0},
    )
    assert response.status_code == 302

    lands(client, "/category/economy/", "/category/economics/")
    lands(client, "/category/economy/trade/", "/category/economics/trade/")
    lands(client, "/category/economy/trade/feed/", "/category/economics/trade/feed/")
    assert client.get("/category/economics/trade/").status_code == 200


def test_a_draft_that_was_never_public_leaves_no_redirect(editor_client):
    article = ArticleFactory(draft=True, publish_at=None, slug="working-title")
    editor_client.post(change_url(article), change_form(article, slug="final-title"))
    assert not Redirect.objects.exists()


def test_a_published_page_that_moves_keeps_its_old_address(client):
    page = Page.objects.create(title="About", url="/about/", status="published")
    page.url = "/about-us/"
    page.save()
    lands(client, "/about/", "/about-us/")


ADD_REDIRECT = "/admin/redirects/redirect/add/"


def add_redirect(admin_client, old, new):
    return admin_client.post(ADD_REDIRECT, {"old_path": old, "new_path": new})


def test_the_redirects_admin_refuses_what_could_never_work(admin_client, client):
    assert add_redirect(admin_client, "/loop-a/", "/loop-b/").status_code == 302
    for old, new, error in [
        ("/loop-b/", "/loop-a/", "/loop-a/ is redirected itself, to /loop-b/"),
        ("/x/", "/x/", "A redirect to its own address goes round in a loop."),
        ("no-slash", "/about/", "An address on this site starts with one “/”"),
        ("/loop-a/", "/about/", "/loop-a/ is redirected already"),
    ]:
        page = add_redirect(admin_client, old, new)
        assert page.status_code == 200, old
        assert error in page.content.decode(), old
    assert list(Redirect.objects.values_list("old_path", "new_path")) == [
        ("/loop-a/", "/loop-b/")
    ]
    lands(client, "/loop-a/", "/loop-b/")


@pytest.mark.parametrize(
    "new, error",
    [
        # Django will not send readers to these: every one got a 400.
        ("javascript:alert(1)", "a full address starting with http:// or https://"),
        ("data:text/html,hi", "a full address starting with http:// or https://"),
        # Browsers take these to the host evil.example.
        ("/\\evil.example/", "has no spaces or backslashes"),
        ("/\t/evil.example/", "has no spaces or backslashes"),
        ("//evil.example/", "starts with one “/”"),
    ],
)
def test_a_redirect_leads_only_to_this_site_or_an_http_address(
    admin_client, client, new, error
):
    page = add_redirect(admin_client, "/spring-forum/", new)
    assert page.status_code == 200
    assert error in page.content.decode()
    assert not Redirect.objects.exists()


def test_a_redirect_may_lead_to_another_site_or_be_gone(admin_client, client):
    assert (
        add_redirect(admin_client, "/forum/", "https://forum.example.org/").status_code
        == 302
    )
    assert add_redirect(admin_client, "/old-forum/", "").status_code == 302
    lands(client, "/forum/", "https://forum.example.org/")
    assert client.get("/old-forum/").status_code == 410


@pytest.mark.parametrize(
    "old, error",
    [
        ("/about-us/", "/about-us/ is the page “About us”: readers get that"),
        ("/search/", "/search/ is an address the site answers itself"),
        ("/health/", "/health/ is an address the site answers itself"),
    ],
)
def test_a_redirect_from_an_address_readers_get_a_page_at_is_refused(
    admin_client, client, old, error
):
    """Found in QA: such a redirect was saved, never fired (a redirect answers
    only a 404), and then blocked redirects to the page as "redirected
    itself"."""
    Page.objects.create(title="About us", url="/about-us/", status="published")
    page = add_redirect(admin_client, old, "/stories/")
    assert error in page.content.decode()
    assert not Redirect.objects.exists()


def test_a_redirect_to_a_page_is_not_blocked_by_one_from_it_that_never_fires(
    admin_client, client
):
    Page.objects.create(title="About us", url="/about-us/", status="published")
    # Left from before the page was published there: it never fires.
    Redirect.objects.create(site_id=1, old_path="/about-us/", new_path="/team/")
    assert add_redirect(admin_client, "/who/", "/about-us/").status_code == 302
    lands(client, "/who/", "/about-us/")


def test_a_draft_pages_address_or_a_gone_articles_may_be_redirected(admin_client):
    Page.objects.create(title="Draft", url="/draft/", status="draft")
    assert add_redirect(admin_client, "/draft/", "/about/").status_code == 302
    assert add_redirect(admin_client, "/articles/gone/", "/").status_code == 302


def test_redirects_to_a_new_redirects_old_path_lead_straight_on(admin_client, client):
    """Found in QA: /w/ → /x/, then /x/ → /about-us/ made readers of /w/ take
    two 301s; those leading to /x/ now lead to /about-us/ in one."""
    assert add_redirect(admin_client, "/w/", "/x/").status_code == 302
    assert add_redirect(admin_client, "/v/", "/x/").status_code == 302
    saved = add_redirect(admin_client, "/x/", "/about-us/")
    assert saved.status_code == 302
    told = [str(m) for m in get_messages(saved.wsgi_request)]
    assert "2 redirects that led to /x/ now lead straight to /about-us/." in told
    for old in ["/w/", "/v/", "/x/"]:
        lands(client, old, "/about-us/")


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_a_redirect_to_its_own_full_address_is_a_loop(
    admin_client, client, settings, scheme
):
    settings.SITE_URL = "https://journal.example.org"
    page = add_redirect(admin_client, "/self/", f"{scheme}://journal.example.org/self/")
    assert "A redirect to its own address goes round in a loop." in (
        page.content.decode()
    )
    assert add_redirect(admin_client, "/a/", "/b/").status_code == 302
    page = add_redirect(admin_client, "/c/", "https://journal.example.org/a/")
    assert "is redirected itself, to /b/" in page.content.decode()
    assert (
        add_redirect(admin_client, "/d/", "https://other.example.org/d/").status_code
        == 302
    )


def test_an_editor_corrects_a_redirect_in_the_admin(admin_client, client):
    redirect = Redirect.objects.create(site_id=1, old_path="/promo/", new_path="/x/")
    Redirect.objects.create(site_id=1, old_path="/old-about/", new_path="/about/")
    change = f"/admin/redirects/redirect/{redirect.pk}/change/"

    saved = admin_client.post(change, {"old_path": "/promo/", "new_path": "/about/"})
    assert saved.status_code == 302  # its own old path is no clash
    lands(client, "/promo/", "/about/")
    refused = admin_client.post(
        change, {"old_path": "/promo/", "new_path": "/old-about/"}
    )
    assert "/old-about/ is redirected itself, to /about/" in refused.content.decode()
    lands(client, "/promo/", "/about/")


def test_a_scheduled_article_renamed_before_its_time_leaves_no_redirect(
    editor_client, client
):
    article = ArticleFactory(
        publish_at=timezone.now() + timedelta(days=2), slug="merger-talks"
    )
    editor_client.post(
        change_url(article), change_form(article, slug="acme-to-buy-beta")
    )
    assert Article.objects.get(pk=article.pk).slug == "acme-to-buy-beta"
    # Its old slug was never public: it must not lead anyone to the new one.
    assert client.get("/articles/merger-talks/").status_code == 404
    assert not Redirect.objects.exists()

"""Fragments shared by many pages are rendered once per content version, never stale."""

import json
import re
from datetime import timedelta

import pytest
import time_machine
from django.core import signing
from django.template import Context, Template, TemplateSyntaxError
from django.test import Client
from django.urls import set_script_prefix
from django.utils import timezone

from comments.cookies import AUTHOR_COOKIE, AUTHOR_COOKIE_SALT
from tests.comments.conftest import comment_data, post_url
from tests.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    settings.COMMENTS_MIN_FILL_SECONDS = 0


@pytest.fixture
def article():
    return ArticleFactory(title="The reader's article")


def sidebar(article):
    html = Client().get(article.get_absolute_url()).content.decode()
    if 'id="latest-heading"' not in html:
        return ""  # no other story to show
    return html.split('id="latest-heading"')[1].split("</section>")[0]


def test_the_latest_stories_sidebar_shows_a_new_article_on_the_next_request(article):
    assert "Fresh off the desk" not in sidebar(article)
    ArticleFactory(title="Fresh off the desk")
    assert "Fresh off the desk" in sidebar(article)


def test_the_newest_article_leaves_itself_out_of_its_sidebar():
    from articles.views import LATEST_COUNT

    older = ArticleFactory.create_batch(LATEST_COUNT + 1)
    newest = ArticleFactory(title="Newest of all")
    assert "Newest of all" in sidebar(older[0])
    own = sidebar(newest)
    assert "Newest of all" not in own
    assert own.count("<li>") == LATEST_COUNT
    assert "Newest of all" in sidebar(older[1])  # the shared variant is untouched


def test_the_sidebar_is_rendered_once_per_version(django_assert_num_queries):
    article, other, *_ = ArticleFactory.create_batch(7, tags=["ports"])
    Client().get(article.get_absolute_url())
    Client().get(other.get_absolute_url())
    # article (with whether it has pins: none), bylines, tags, related stories
    # (ranked keys, those stories), comments: the latest stories come with the
    # sidebar rendered for the first article
    with django_assert_num_queries(6):
        Client().get(other.get_absolute_url())


def test_the_sidebar_shows_a_scheduled_article_when_its_time_comes(article, settings):
    settings.PAGE_CACHE_SECONDS = 3600
    scheduled = ArticleFactory(
        title="Embargoed analysis", publish_at=timezone.now() + timedelta(minutes=5)
    )
    assert "Embargoed analysis" not in sidebar(article)
    with time_machine.travel(scheduled.publish_at + timedelta(seconds=2)):
        assert "Embargoed analysis" in sidebar(article)


def test_a_rejected_comment_form_keeps_its_text_and_shows_it_to_no_one_else(article):
    Client().get(article.get_absolute_url())  # the blank form's fields are cached
    response = Client().post(
        post_url(article), comment_data(article, text="My careful draft", name="")
    )
    page = response.content.decode()
    assert "My careful draft" in page
    assert "Please give your name" in page
    assert (
        "My careful draft"
        not in Client().get(article.get_absolute_url()).content.decode()
    )


def test_saved_details_fill_only_their_owners_form(article):
    reader = Client()
    reader.cookies[AUTHOR_COOKIE] = signing.get_cookie_signer(
        salt=AUTHOR_COOKIE + AUTHOR_COOKIE_SALT
    ).sign(json.dumps({"name": "Grace Saved", "email": "g@example.com", "website": ""}))
    Client().get(article.get_absolute_url())
    assert (
        'value="Grace Saved"' in reader.get(article.get_absolute_url()).content.decode()
    )
    assert (
        "Grace Saved" not in Client().get(article.get_absolute_url()).content.decode()
    )


def test_key_parts_and_condition():
    template = Template(
        '{% load fragments %}{% versioned_fragment "t" part when=keep %}'
        "{{ value }}{% endversioned_fragment %}"
    )

    def render(**context):
        return template.render(Context(context))

    assert render(part="a", keep=True, value=1) == "1"
    assert render(part="a", keep=True, value=2) == "1"  # stored for this version
    assert render(part="b", keep=True, value=3) == "3"  # another variant
    assert render(part="a", keep=False, value=4) == "4"  # not stored, not read


def test_a_fragment_needs_a_name():
    with pytest.raises(TemplateSyntaxError):
        Template(
            "{% load fragments %}{% versioned_fragment %}{% endversioned_fragment %}"
        )


def current_menu_links(url):
    html = Client().get(url).content.decode()
    nav = html.split('aria-label="Sections"')[1].split("</nav>")[0]
    return re.findall(r'<a href="([^"]+)" aria-current="page"', nav)


def test_the_shared_header_marks_the_page_the_menu_names():
    section = CategoryFactory(name="Economy")
    branch = CategoryFactory(name="Trade", parent=section)
    article = ArticleFactory(category=branch)

    assert current_menu_links("/") == ["/"]
    assert current_menu_links(section.get_absolute_url()) == [
        section.get_absolute_url()
    ]
    assert current_menu_links(f"{section.get_absolute_url()}?page=1") == [
        section.get_absolute_url()
    ]
    assert current_menu_links(branch.get_absolute_url()) == []
    assert current_menu_links(article.get_absolute_url()) == []
    assert current_menu_links("/") == ["/"]  # a variant is never reused wrongly


def test_the_shared_header_shows_the_new_date_after_midnight(article, settings):
    settings.PAGE_CACHE_SECONDS = 3600
    evening = timezone.make_aware(timezone.datetime(2026, 3, 9, 23, 59, 30))
    with time_machine.travel(evening, tick=False):
        assert "Monday, March 9, 2026" in Client().get("/").content.decode()
    with time_machine.travel(evening + timedelta(minutes=1), tick=False):
        assert "Tuesday, March 10, 2026" in Client().get("/").content.decode()


def test_the_search_box_keeps_each_readers_own_words():
    def search_box(url):
        html = Client().get(url).content.decode()
        return re.search(r'<input id="site-search"[^>]*>', html).group(0)

    ArticleFactory(title="Grid storage")
    assert 'value="grid"' in search_box("/search/?q=grid")
    assert 'value="storage"' in search_box("/search/?q=storage")
    assert 'value=""' in search_box("/")


def test_a_fragment_is_kept_per_script_prefix():
    """The same site mounted under /journal/ and at the root: the fragment's
    links carry each mount's prefix."""
    fragment = Template(
        '{% load fragments %}{% versioned_fragment "nav" %}'
        '{% url "articles:home" %}{% endversioned_fragment %}'
    )
    set_script_prefix("/journal/")
    try:
        assert fragment.render(Context()) == "/journal/"
    finally:
        set_script_prefix("/")
    assert fragment.render(Context()) == "/"

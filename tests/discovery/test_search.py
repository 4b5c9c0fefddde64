"""Full-text search: ranking, highlighting, query syntax, filters, paging and
bad input, on whichever database the suite runs against (SQLite or PostgreSQL)."""

import io
from datetime import datetime, timedelta

import lxml.html
import pytest
import time_machine
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import search as search_module
from articles.models import Article
from articles.search import (
    MAX_QUERY_LENGTH,
    Term,
    mark_matches,
    parse_query,
    rebuild_index,
    search_articles,
)
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def search(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    return response


def titles(response):
    return [article.title for article in response.context["articles"]]


# The query language ------------------------------------------------------------


def test_parse_query_reads_words_phrases_alternatives_exclusions_and_prefixes():
    query = parse_query('trade "rule of law" sanctions OR tariffs -europe diplom*')
    assert query.groups == [
        [Term(("trade",))],
        [Term(("rule", "of", "law"))],
        [Term(("sanctions",)), Term(("tariffs",))],
        [Term(("diplom",), prefix=True)],
    ]
    assert query.excluded == [Term(("europe",))]


def test_parse_query_drops_everything_that_is_not_a_word():
    assert not parse_query('*** "" - OR \' ; -- %')
    # Words joined by punctuation stay together, as a phrase.
    assert parse_query("<script>alert(1)</script> state-owned").groups == [
        [Term(("script", "alert", "1", "script"))],
        [Term(("state", "owned"))],
    ]
    assert not parse_query("-tariffs")  # only exclusions: nothing to look for


def test_parse_query_keeps_at_most_twelve_terms():
    query = parse_query(" ".join(f"word{n}" for n in range(40)))
    assert len(query.groups) == 12


# Ranking and matching ----------------------------------------------------------


def test_a_title_match_ranks_above_a_body_match(client):
    in_body = ArticleFactory(
        title="Notes from the capital",
        body="<p>The new sanctions regime is unlikely to work.</p>",
    )
    in_title = ArticleFactory(
        title="Why sanctions fail",
        body="<p>An old argument, revisited.</p>",
        publish_at=in_body.publish_at - timedelta(days=30),  # older, still first
    )
    in_standfirst = ArticleFactory(
        title="A quiet week",
        standfirst="Sanctions are back on the agenda.",
        publish_at=in_body.publish_at - timedelta(days=10),
    )
    ArticleFactory(title="Unrelated", body="<p>Nothing to see.</p>")

    response = search(client, q="sanctions")

    assert titles(response) == [in_title.title, in_standfirst.title, in_body.title]


def test_words_are_stemmed_and_all_must_match(client):
    ArticleFactory(title="Tariff policy", body="<p>Ministers met.</p>")
    ArticleFactory(title="Tariff policy and negotiations", body="<p>Text.</p>")

    assert titles(search(client, q="tariffs negotiating")) == [
        "Tariff policy and negotiations"
    ]


def test_a_quoted_phrase_matches_only_words_in_that_order(client):
    ArticleFactory(title="In order", body="<p>Defending the rule of law abroad.</p>")
    ArticleFactory(title="Scattered", body="<p>The law is a rule unto itself.</p>")

    assert titles(search(client, q='"rule of law"')) == ["In order"]
    assert sorted(titles(search(client, q="rule law"))) == ["In order", "Scattered"]


def test_a_star_matches_the_beginning_of_a_word(client):
    ArticleFactory(title="Quiet diplomacy", body="<p>Envoys talk.</p>")
    ArticleFactory(title="Diplomats abroad", body="<p>Embassies.</p>")
    ArticleFactory(title="Trade", body="<p>Ports.</p>")

    assert sorted(titles(search(client, q="diplom*"))) == [
        "Diplomats abroad",
        "Quiet diplomacy",
    ]
    assert titles(search(client, q="diplom")) == []


def test_or_offers_alternatives_and_a_minus_leaves_words_out(client):
    ArticleFactory(title="Sanctions on steel")
    ArticleFactory(title="Tariffs on steel")
    ArticleFactory(title="Quotas on steel")

    assert sorted(titles(search(client, q="sanctions OR tariffs"))) == [
        "Sanctions on steel",
        "Tariffs on steel",
    ]
    assert sorted(titles(search(client, q="steel -quotas -tariffs"))) == [
        "Sanctions on steel"
    ]


def test_only_published_articles_are_found_and_scheduled_ones_once_due(client):
    ArticleFactory(title="Published budget analysis")
    ArticleFactory(title="Draft budget analysis", draft=True)
    scheduled = ArticleFactory(title="Scheduled budget analysis", scheduled=True)

    assert titles(search(client, q="budget")) == ["Published budget analysis"]
    with time_machine.travel(scheduled.publish_at + timedelta(minutes=1)):
        assert titles(search(client, q="budget")) == [
            "Scheduled budget analysis",
            "Published budget analysis",
        ]


def test_the_index_follows_edits_and_deletions(client):
    article = ArticleFactory(title="Fisheries policy")
    assert titles(search(client, q="fisheries")) == ["Fisheries policy"]

    article.title = "Forestry policy"
    article.save()
    assert titles(search(client, q="fisheries")) == []
    assert titles(search(client, q="forestry")) == ["Forestry policy"]

    article.delete()
    assert titles(search(client, q="forestry")) == []


def test_writes_that_bypass_save_are_found_after_rebuilding_the_index(client):
    article = ArticleFactory(title="Shipping lanes")
    Article.objects.filter(pk=article.pk).update(title="Canal tolls")

    assert rebuild_index() == 1
    assert titles(search(client, q="canal")) == ["Canal tolls"]
    assert titles(search(client, q="shipping")) == []


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's own index")
def test_the_index_is_rebuilt_reading_articles_in_table_order():
    ArticleFactory.create_batch(2)
    with CaptureQueriesContext(connection) as queries:
        rebuild_index()
    (read,) = [q["sql"] for q in queries if q["sql"].startswith("SELECT")]
    # Not through the newest-first index: walked while the index is written,
    # it made seeding 100,000 articles take more than an hour.
    assert "publish_at" not in read, read


def test_newest_first_ignores_relevance(client):
    old = ArticleFactory(
        title="Ports and ports and ports",
        publish_at=timezone.now() - timedelta(days=9),
    )
    new = ArticleFactory(title="A note", body="<p>One port.</p>")

    assert titles(search(client, q="port")) == [old.title, new.title]
    assert titles(search(client, q="port", order="newest")) == [new.title, old.title]


@pytest.mark.parametrize("more_than_ranked", [True, False])
def test_best_match_ranks_the_newest_matches_only_when_very_many_match(
    client, monkeypatch, more_than_ranked
):
    """Past RANKED_MATCHES matches the ranking covers the newest of them (on
    SQLite the plan also changes there: both sides are checked)."""
    now = timezone.now()
    oldest_best = ArticleFactory(
        title="Tariffs, tariffs, tariffs", publish_at=now - timedelta(days=30)
    )
    body_matches = [
        ArticleFactory(
            title=f"Note {n}",
            body="<p>One line on tariffs.</p>",
            publish_at=now - timedelta(days=n),
        )
        for n in range(1, 4)
    ]
    monkeypatch.setattr(search_module, "RANKED_MATCHES", 3 if more_than_ranked else 9)

    best = titles(search(client, q="tariffs"))
    newest = titles(search(client, q="tariffs", order="newest"))

    notes = [article.title for article in body_matches]
    if more_than_ranked:
        assert best == notes  # the three newest, ranked: all equal, newest first
    else:
        assert best == [oldest_best.title, *notes]
    assert newest == [*notes, oldest_best.title]  # newest first sees every match


@pytest.mark.skipif(
    connection.vendor != "postgresql"
    or not connection.settings_dict["OPTIONS"].get("server_side_binding"),
    reason="only PostgreSQL's prepared statements can get a generic plan",
)
@pytest.mark.django_db(transaction=True)
def test_postgresql_plans_the_ranking_for_each_searchs_words(client):
    ArticleFactory(title="Tariffs and trade")
    with CaptureQueriesContext(connection) as queries:
        assert titles(search(client, q="tariffs")) == ["Tariffs and trade"]
    sql = [query["sql"] for query in queries.captured_queries]
    setting = sql.index("SET LOCAL plan_cache_mode = force_custom_plan")
    assert "search_vector @@" in sql[setting + 1]  # the ranking, right after
    with connection.cursor() as cursor:  # and nothing after it
        cursor.execute("SHOW plan_cache_mode")
        assert cursor.fetchone()[0] == "auto"


# Highlighting ------------------------------------------------------------------


def test_matches_are_highlighted_in_a_body_excerpt(client):
    ArticleFactory(
        title="Carbon <border> taxes & trade",
        standfirst="A summary that does not say it.",
        body="<p>Opening words.</p><p>A <strong>carbon</strong> levy at the border "
        "&amp; what follows.</p>",
    )

    html = search(client, q="carbon").content.decode()

    assert ">Carbon &lt;border&gt; taxes &amp; trade</a>" in html
    assert "<mark>carbon</mark> levy at the border &amp; what follows" in html
    assert "<strong>" not in html.split('class="search-results"')[1]


def test_the_standfirst_is_the_excerpt_when_only_it_matches(client):
    ArticleFactory(
        title="A quiet week",
        standfirst="Negotiators return to Geneva.",
        body="<p>Nothing here.</p>",
    )

    html = search(client, q="geneva").content.decode()

    assert "Negotiators return to <mark>Geneva</mark>." in html


def test_highlights_are_escaped_text_whatever_the_database_returns():
    marked = mark_matches("<img src=x onerror=alert(1)> \ue000fine\ue001 \ue000")
    assert marked == "&lt;img src=x onerror=alert(1)&gt; <mark>fine</mark>"
    assert mark_matches("\ue001 a \ue000\ue000b\ue001") == "a <mark>b</mark>"


def test_results_show_section_author_and_date(client):
    section = CategoryFactory(name="Economy")
    author = AuthorFactory(name="Ada Lovelace")
    article = ArticleFactory(
        title="Inflation expectations", category=section, authors=[author]
    )

    html = search(client, q="inflation").content.decode()

    assert ">Economy</a>" in html
    assert "Ada Lovelace" in html
    assert timezone.localtime(article.publish_at).strftime("%b %-d, %Y") in html


# Filters -----------------------------------------------------------------------


def test_the_section_filter_includes_sub_categories(client):
    economy = CategoryFactory(name="Economy", slug="economy")
    trade = CategoryFactory(name="Trade", slug="trade", parent=economy)
    ArticleFactory(title="Budget in trade", category=trade)
    ArticleFactory(title="Budget elsewhere")

    assert titles(search(client, q="budget", section="economy")) == ["Budget in trade"]


def test_the_date_range_covers_whole_days_in_the_site_time_zone(client):
    zone = timezone.get_current_timezone()
    for day in (9, 10, 12, 13):
        ArticleFactory(
            title=f"Budget on the {day}th",
            publish_at=datetime(2025, 3, day, 23, 30, tzinfo=zone),
        )

    response = search(client, q="budget", since="2025-03-10", until="2025-03-12")

    assert titles(response) == ["Budget on the 12th", "Budget on the 10th"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"section": "no-such-section"}, "Choose a section from the list."),
        ({"since": "13.45.2025"}, "Enter the start date as YYYY-MM-DD."),
        ({"until": "9999-12-31"}, "Choose a date between"),
        (
            {"since": "2025-03-12", "until": "2025-03-10"},
            "The end date comes before the start.",
        ),
        ({"order": "random"}, "Sort by best match or newest first."),
    ],
)
def test_bad_filters_get_a_message_not_an_error(client, params, message):
    ArticleFactory(title="Budget")

    response = search(client, q="budget", **params)

    assert message in response.content.decode()
    assert list(response.context["articles"]) == []


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"section": "no-such-section"}, "section", "Choose a section from the list."),
        ({"since": "13.45.2025"}, "since", "Enter the start date as YYYY-MM-DD."),
        ({"until": "9999-12-31"}, "until", "Choose a date between"),
        ({"order": "random"}, "order", "Sort by best match or newest first."),
    ],
)
def test_a_bad_filter_names_its_message_to_screen_readers(
    client, params, field, message
):
    """The field the reader must correct says what is wrong when it is focused:
    its aria-describedby leads to the message."""
    page = lxml.html.fromstring(search(client, q="budget", **params).content)
    (box,) = page.xpath(f'//form[@class="search-panel"]//*[@name="{field}"]')

    assert box.get("aria-invalid") == "true"
    described = [
        page.get_element_by_id(ref).text_content()
        for ref in box.get("aria-describedby", "").split()
    ]
    assert any(message in text for text in described), described


# Pages and bad input -------------------------------------------------------------


def test_results_are_paginated_and_a_bad_page_number_leads_to_the_nearest_page(
    client, settings
):
    for n in range(14):
        ArticleFactory(title=f"Budget note {n}")

    first = search(client, q="budget")
    assert len(first.context["articles"]) == 12
    assert "14 results for “budget”, page 1 of 2." in first.content.decode()
    assert 'href="?q=budget&amp;page=2"' in first.content.decode()

    second = search(client, q="budget", page=2)
    assert len(second.context["articles"]) == 2
    assert set(titles(first)).isdisjoint(titles(second))
    assert titles(search(client, q="budget", page=99)) == titles(second)
    junk = client.get("/search/", {"q": "budget", "page": "junk"})
    assert (junk.status_code, junk["Location"]) == (301, "/search/?q=budget")
    # Best matches are in no date order: the links say Previous and Next, and
    # the page's own address keeps its words.
    html = second.content.decode()
    assert '<a rel="prev" href="?q=budget">← Previous</a>' in html
    assert "Newer" not in html and "Older" not in html
    assert '/search/?q=budget&amp;page=2">' in html.split('rel="canonical"')[1][:120]


def test_a_search_matching_very_many_articles_pages_through_the_best(
    client, monkeypatch
):
    monkeypatch.setattr(search_module, "MAX_RESULTS", 3)
    for n in range(5):
        ArticleFactory(title=f"Budget note {n}")

    response = search(client, q="budget")

    assert "More than 3 results for “budget”" in response.content.decode()
    assert response.context["paginator"].count == 3


def test_an_empty_search_invites_the_reader_to_type(client):
    CategoryFactory(name="Economy")
    for params in ({}, {"q": ""}, {"q": "   "}):
        html = search(client, **params).content.decode()
        assert "Type a word or two above" in html
        assert ">Economy</a>" in html


def test_a_too_long_search_gets_a_message(client):
    html = search(client, q="budget " * 40).content.decode()
    assert "That search is too long (279 characters)" in html
    assert f"at most {MAX_QUERY_LENGTH} characters" in html


@pytest.mark.parametrize(
    "junk",
    [
        '"',
        '"""',
        "***",
        "-",
        "- - -",
        "OR",
        "OR OR",
        "%",
        "\\",
        ":*",
        "!(&|)",
        "…",
        "🙂",
    ],
)
def test_a_query_without_words_gets_a_message(client, junk):
    ArticleFactory(title="Budget")

    html = search(client, q=junk).content.decode()

    assert "There are no words to search for in that." in html


@pytest.mark.parametrize(
    "junk",
    [
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        'budget" OR "1"="1',
        "NEAR(budget tax)",
        "AND NOT OR",
        "budget:* | !tax",
        "title:budget",
        "budget)",
        "a" * MAX_QUERY_LENGTH,
        "the of and",
        "été naïve",
    ],
)
def test_odd_queries_search_safely_and_echo_escaped(client, junk):
    ArticleFactory(title="Budget")

    response = search(client, q=junk)

    assert "<script>alert(1)</script>" not in response.content.decode()
    assert "There are no words" not in response.content.decode()


def test_a_query_with_only_exclusions_explains_the_minus_sign(client):
    html = search(client, q="-tariffs").content.decode()
    assert "A minus sign leaves a word out" in html


def test_a_day_that_does_not_exist_is_told_so(client):
    html = search(client, q="budget", since="2026-02-30").content.decode()
    assert "There is no day 2026-02-30 in the calendar." in html
    assert (
        "Enter the start date as YYYY-MM-DD."
        in search(client, q="budget", since="30/02/2026").content.decode()
    )


def test_a_null_character_is_dropped_from_the_search(client):
    ArticleFactory(title="Budget rules")
    response = search(client, q="bud\x00get")
    assert "\x00" not in response.content.decode()
    assert titles(response) == ["Budget rules"]


def test_the_page_is_kept_out_of_search_engines(client):
    html = search(client, q="budget").content.decode()
    assert '<meta name="robots" content="noindex, follow">' in html


def test_search_runs_against_the_published_queryset_it_is_given():
    kept = ArticleFactory(title="Budget kept")
    ArticleFactory(title="Budget other")

    results = search_articles(
        Article.objects.published().filter(pk=kept.pk), parse_query("budget")
    )

    assert [a.title for a in results] == ["Budget kept"]


# Cost ----------------------------------------------------------------------------


def test_search_cost_does_not_grow_with_results(client, django_assert_max_num_queries):
    authors = AuthorFactory.create_batch(3)
    ArticleFactory.create_batch(30, title="Budget story", authors=authors)
    section = CategoryFactory(slug="economy")
    search(client, q="budget", section=section.slug)  # fills site-wide caches
    # the ranked ids (after SQLite's count of the index's matches, or the SET
    # LOCAL that has PostgreSQL plan them for these words, in a savepoint
    # here), the page's cards with their excerpts, their bylines; the menu's
    # sections and the promos
    budget = 8 if connection.vendor == "postgresql" else 6
    with django_assert_max_num_queries(budget, info="search"):
        search(client, q="budget")
    # ... and the chosen section when one is given
    with django_assert_max_num_queries(budget + 1, info="search in a section"):
        search(client, q="budget", section=section.slug)


def test_the_rebuild_command_indexes_articles_written_in_bulk(client):
    ArticleFactory(title="Harbour dues")
    Article.objects.update(title="Lighthouse dues")
    out = io.StringIO()

    call_command("rebuild_search_index", stdout=out)

    assert out.getvalue() == "Search index covers 1 articles.\n"
    assert titles(search(client, q="lighthouse")) == ["Lighthouse dues"]

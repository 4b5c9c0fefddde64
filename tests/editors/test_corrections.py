"""Dated correction and update notes, wherever readers meet the article."""

import json
import re
from datetime import timedelta

import feedparser
import pytest
from django.utils import timezone

from articles.models import Article, Correction
from tests.factories import ArticleFactory

from .forms import change_form, change_url

pytestmark = pytest.mark.django_db


def correction_form(article, note, kind="correction", **extra):
    when = timezone.localtime()
    return change_form(
        article,
        **{
            "corrections-TOTAL_FORMS": "1",
            "corrections-INITIAL_FORMS": "0",
            "corrections-MIN_NUM_FORMS": "0",
            "corrections-MAX_NUM_FORMS": "1000",
            "corrections-0-kind": kind,
            "corrections-0-note": note,
            "corrections-0-published_at_0": when.strftime("%Y-%m-%d"),
            "corrections-0-published_at_1": when.strftime("%H:%M:%S"),
        },
        **extra,
    )


def json_ld(page):
    blocks = re.findall(
        r'<script type="application/ld\+json"[^>]*>(.*?)</script>', page, re.S
    )
    return [json.loads(block) for block in blocks]


@pytest.fixture
def corrected():
    article = ArticleFactory(
        title="Grain routes", publish_at=timezone.now() - timedelta(days=5)
    )
    Correction.objects.create(
        article=article,
        note="An earlier version gave the tonnage as 40m; it is 4m.",
        published_at=timezone.now() - timedelta(days=2),
    )
    Correction.objects.create(
        article=article,
        kind=Correction.Kind.UPDATE,
        note="The deal was renewed on Friday.",
        published_at=timezone.now() - timedelta(days=1),
    )
    return article


def test_an_editor_adds_a_correction_that_dates_the_update(editor_client, client):
    article = ArticleFactory(publish_at=timezone.now() - timedelta(days=3))
    response = editor_client.post(
        change_url(article), correction_form(article, "The minister is <b>Ana</b>.")
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.revised_at == article.corrections.get().published_at
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Updated" in page
    assert "The minister is &lt;b&gt;Ana&lt;/b&gt;." in page  # plain text, escaped


def test_notes_show_on_the_article_newest_first_and_labelled(client, corrected):
    page = client.get(corrected.get_absolute_url()).content.decode()
    section = page[page.index('id="corrections-heading"') :]
    assert section.index("The deal was renewed") < section.index("tonnage")
    assert ">Update</strong>" in section and ">Correction</strong>" in section


def test_the_corrections_page_lists_only_published_articles(client, corrected):
    hidden = ArticleFactory(draft=True, title="Secret draft")
    Correction.objects.create(article=hidden, note="Not for readers.")
    response = client.get("/corrections/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Grain routes" in page and "tonnage" in page
    assert "Not for readers." not in page
    assert f'href="{corrected.get_absolute_url()}#correction-' in page


def test_the_json_ld_carries_the_corrections(client, corrected):
    page = client.get(corrected.get_absolute_url()).content.decode()
    [article] = [d for d in json_ld(page) if d["@type"] == "NewsArticle"]
    assert [c["@type"] for c in article["correction"]] == ["CorrectionComment"] * 2
    assert article["correction"][0]["text"] == "Update: The deal was renewed on Friday."


def test_feeds_carry_the_notes_and_the_update_date(client, editor_client, corrected):
    editor_client.post(
        change_url(corrected), correction_form(corrected, "Fixed a name.")
    )
    corrected.refresh_from_db()
    feed = feedparser.parse(client.get("/feed/atom/").content)
    [entry] = feed.entries
    assert "Fixed a name." in entry.summary
    assert "The deal was renewed on Friday." in entry.summary
    assert entry.updated_parsed[:5] == corrected.revised_at.utctimetuple()[:5]
    rss = feedparser.parse(client.get("/feed/").content)
    assert "tonnage" in rss.entries[0].description


def test_a_contributor_cannot_add_corrections(contributor_client, contributor):
    article = ArticleFactory(draft=True, publish_at=None, created_by=contributor)
    page = contributor_client.get(change_url(article)).content.decode()
    assert "corrections-TOTAL_FORMS" not in page
    contributor_client.post(change_url(article), correction_form(article, "Sneaky."))
    assert not Correction.objects.exists()
    assert Article.objects.get(pk=article.pk).revised_at is None

"""Date archives: /YYYY/ and /YYYY/MM/ list what readers may see, newest first."""

from datetime import datetime, timedelta

import pytest
import time_machine
from django.utils import timezone

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def at(year, month, day, hour=12):
    return datetime(year, month, day, hour, tzinfo=timezone.get_current_timezone())


def titles(response):
    return [article.title for article in response.context["articles"]]


@pytest.fixture
def archive():
    return {
        "march": ArticleFactory(title="March piece", publish_at=at(2025, 3, 4)),
        "march_late": ArticleFactory(
            # Late on the 31st in New York is already April in UTC.
            title="Late March piece",
            publish_at=at(2025, 3, 31, 23),
        ),
        "november": ArticleFactory(title="November piece", publish_at=at(2025, 11, 2)),
        "older": ArticleFactory(title="Older piece", publish_at=at(2024, 6, 1)),
        "draft": ArticleFactory(
            title="Draft piece", publish_at=at(2025, 3, 5), draft=True
        ),
    }


def test_an_article_date_leads_to_its_month_in_the_site_time_zone(client, archive):
    page = client.get(archive["march_late"].get_absolute_url()).content.decode()

    assert '<a href="/2025/03/" title="More from March 2025"><time' in page
    assert "Late March piece" in titles(client.get("/2025/03/"))


def test_a_year_lists_its_articles_and_months(client, archive):
    response = client.get("/2025/")

    assert response.status_code == 200
    assert titles(response) == ["November piece", "Late March piece", "March piece"]
    html = response.content.decode()
    assert 'href="/2025/03/">March</a>' in html
    assert 'href="/2025/11/">November</a>' in html
    assert 'href="/2024/"' in html  # the previous year with articles
    assert "<title>Articles from 2025 | The Think Tank Journal</title>" in html


def test_a_month_lists_its_articles_in_the_site_time_zone(client, archive):
    response = client.get("/2025/03/")

    assert response.status_code == 200
    assert titles(response) == ["Late March piece", "March piece"]
    html = response.content.decode()
    assert "<title>Articles from March 2025 | The Think Tank Journal</title>" in html
    assert 'href="/2025/11/"' in html  # the next month with articles
    assert 'href="/2025/"' in html  # up to the year


@pytest.mark.parametrize("url", ["/2023/", "/2025/04/", "/2025/13/", "/99999/"])
def test_empty_or_impossible_dates_answer_404(client, archive, url):
    assert client.get(url).status_code == 404


def test_a_scheduled_article_joins_its_month_once_due(client):
    scheduled = ArticleFactory(title="Scheduled piece", scheduled=True)
    month = timezone.localtime(scheduled.publish_at).strftime("/%Y/%m/")

    assert client.get(month).status_code == 404
    with time_machine.travel(scheduled.publish_at + timedelta(minutes=1)):
        assert titles(client.get(month)) == ["Scheduled piece"]


def test_archives_are_paginated(client):
    for day in range(1, 15):
        ArticleFactory(title=f"Day {day}", publish_at=at(2025, 5, day))

    first, second = client.get("/2025/05/"), client.get("/2025/05/?page=2")

    assert len(first.context["articles"]) == 12
    assert titles(second) == ["Day 2", "Day 1"]
    assert "(page 2)" in second.content.decode()


def test_archive_cost_does_not_grow(client, django_assert_max_num_queries):
    for day in range(1, 29):
        ArticleFactory(publish_at=at(2025, 2, day))
    # any articles?, months (or days), previous and next year (or month),
    # count, page, bylines; the menu's sections and the promos
    with django_assert_max_num_queries(9, info="year"):
        assert client.get("/2025/").status_code == 200
    with django_assert_max_num_queries(9, info="month"):
        assert client.get("/2025/02/").status_code == 200

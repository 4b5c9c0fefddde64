from datetime import timedelta
from unittest import mock

import pytest
import time_machine
from django.db import models
from django.db.models import Count
from django.db.models.sql.compiler import SQLCompiler
from django.utils import timezone

from articles.models import Article
from articles.queries import article_for_readers, related_ranking, stories_by_key
from tests.factories import ArticleFactory, AuthorFactory
from thinktank.prepared import Param, PreparedQuery

pytestmark = pytest.mark.django_db


def test_each_run_binds_its_own_values_and_matches_the_orm():
    first, second = ArticleFactory(), ArticleFactory()
    now = timezone.now()

    for article in (first, second):
        expected = Article.objects.with_pins_flag().published().get(slug=article.slug)
        [found] = article_for_readers(slug=article.slug, now=now)
        assert found == expected
        assert found.has_pins is expected.has_pins is False
        assert found.title == expected.title
        assert found.publish_at == expected.publish_at


def test_the_time_is_a_value_too_so_a_scheduled_article_appears_when_due():
    article = ArticleFactory(scheduled=True)

    assert article_for_readers(slug=article.slug, now=timezone.now()) == []
    later = article.publish_at + timedelta(minutes=1)
    assert article_for_readers(slug=article.slug, now=later) == [article]
    with time_machine.travel(later):
        assert article_for_readers(slug=article.slug, now=timezone.now()) == [article]


def test_the_sql_is_compiled_once_and_reused():
    @PreparedQuery
    def by_author():
        return Article.objects.filter(
            authors=Param("author", models.IntegerField())
        ).order_by("pk")

    one, two = AuthorFactory(), AuthorFactory()
    mine = ArticleFactory(authors=[one])
    theirs = ArticleFactory.create_batch(2, authors=[two])

    with mock.patch.object(
        SQLCompiler, "as_sql", autospec=True, side_effect=SQLCompiler.as_sql
    ) as as_sql:
        assert by_author(author=one.pk) == [mine]
        assert by_author(author=two.pk) == theirs
        assert by_author(author=one.pk) == [mine]
    assert as_sql.call_count == 1


def test_a_parameter_in_an_annotation_is_not_grouped_by():
    """A bare placeholder in GROUP BY would read as a column's position once
    its value is written into the SQL (as in EXPLAIN, or a query log)."""

    @PreparedQuery
    def by_category():
        return (
            Article.objects.values("category")
            .annotate(
                total=Count("*"),
                chosen=models.Q(category=Param("category", models.IntegerField())),
            )
            .order_by("-chosen", "category")
            .values_list("category", "total")
        )

    first, *others = ArticleFactory.create_batch(3)
    moved = ArticleFactory()
    moved.category = first.category
    moved.save()

    sql = by_category.queryset.query.sql_with_params()[0]
    group_by = sql.split("GROUP BY")[1].split("ORDER BY")[0]
    assert "%s" not in [term.strip() for term in group_by.split(",")]
    rows = by_category(category=first.category_id)
    assert rows[0] == (first.category_id, 2)
    assert sorted(rows[1:]) == sorted((other.category_id, 1) for other in others)


def test_missing_or_unknown_values_are_refused_by_name():
    with pytest.raises(TypeError, match=r"article_for_readers takes the values"):
        article_for_readers(slug="x")
    with pytest.raises(TypeError, match=r"not \['now', 'slg'\]"):
        article_for_readers(slg="x", now=timezone.now())


def test_ranking_and_stories_leave_out_the_article_and_the_unpublished():
    article = ArticleFactory(tags=["trade"])
    visible = ArticleFactory(tags=["trade"])
    ArticleFactory(tags=["trade"], draft=True)
    now = timezone.now()

    ranked = related_ranking(article=article.pk, category=article.category_id, now=now)

    assert ranked == [visible.pk]
    assert stories_by_key([visible.pk, article.pk], now=now).keys() == {
        visible.pk,
        article.pk,
    }
    assert stories_by_key([], now=now) == {}


def test_a_query_that_can_match_nothing_returns_nothing():
    @PreparedQuery
    def nothing():
        return Article.objects.filter(pk__in=[], slug=Param("slug", models.SlugField()))

    ArticleFactory()
    assert nothing(slug="x") == []
    assert nothing(slug="y") == []


def test_none_is_refused_rather_than_matching_nothing():
    with pytest.raises(ValueError, match="Param\\('slug'\\) cannot be None"):
        article_for_readers(slug=None, now=timezone.now())

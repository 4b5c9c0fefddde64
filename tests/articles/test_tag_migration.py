"""Migration 0007 moves articles' tags out of taggit's generic table, and back."""

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [("articles", "0006_related_ranking_indexes")]
AFTER = [("articles", "0007_article_tags_rank")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_tags_move_with_a_copy_of_each_articles_listing_and_back():
    apps = migrate(BEFORE)
    try:
        category = apps.get_model("articles", "Category").objects.create(
            name="Trade", slug="trade"
        )
        articles = apps.get_model("articles", "Article").objects
        when = timezone.now() - timedelta(days=1)
        published, draft = (
            articles.create(
                title=status,
                slug=status,
                category=category,
                status=status,
                publish_at=when,
            )
            for status in ("published", "draft")
        )
        tags = apps.get_model("taggit", "Tag").objects
        ports, tariffs = (
            tags.create(name="ports", slug="ports"),
            tags.create(name="tariffs", slug="tariffs"),
        )
        article_type = apps.get_model(
            "contenttypes", "ContentType"
        ).objects.get_or_create(app_label="articles", model="article")[0]
        tagged = apps.get_model("taggit", "TaggedItem").objects
        for article, tag in [(published, ports), (published, tariffs), (draft, ports)]:
            tagged.create(content_type=article_type, object_id=article.pk, tag=tag)

        apps = migrate(AFTER)

        rows = apps.get_model("articles", "ArticleTag").objects.values_list(
            "content_object", "tag", "listed_at", "category"
        )
        assert set(rows) == {
            (published.pk, ports.pk, when, category.pk),
            (published.pk, tariffs.pk, when, category.pk),
            (draft.pk, ports.pk, None, category.pk),
        }
        assert not apps.get_model("taggit", "TaggedItem").objects.exists()

        apps = migrate(BEFORE)

        back = apps.get_model("taggit", "TaggedItem").objects.values_list(
            "object_id", "tag"
        )
        assert set(back) == {
            (published.pk, ports.pk),
            (published.pk, tariffs.pk),
            (draft.pk, ports.pk),
        }
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

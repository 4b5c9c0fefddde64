from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from articles.models import Article, ArticleTag
from tests.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def ago(hours):
    return timezone.now() - timedelta(hours=hours)


@pytest.fixture
def article():
    return ArticleFactory(tags=["trade", "europe", "tariffs"], publish_at=ago(10))


def test_order_is_pins_then_shared_tags_then_category_then_newest(article):
    three_tags = ArticleFactory(tags=["trade", "europe", "tariffs"], publish_at=ago(50))
    one_tag_new = ArticleFactory(tags=["trade"], publish_at=ago(2))
    one_tag_old = ArticleFactory(tags=["europe"], publish_at=ago(40))
    same_category = ArticleFactory(category=article.category, publish_at=ago(30))
    newest_elsewhere = ArticleFactory(publish_at=ago(1))
    ArticleFactory(publish_at=ago(100))  # older than everything: not needed
    pinned = ArticleFactory(publish_at=ago(500))
    article.pinned_related.add(pinned)

    related = Article.objects.related_to(article)

    assert related == [pinned, three_tags, one_tag_new, one_tag_old, same_category]
    assert newest_elsewhere not in related


def test_never_the_article_itself_nor_unpublished_ones(article):
    ArticleFactory(tags=["trade"], draft=True)
    ArticleFactory(tags=["trade"], scheduled=True)
    article.pinned_related.add(ArticleFactory(draft=True), article)
    visible = ArticleFactory.create_batch(3, tags=["trade"])

    related = Article.objects.related_to(article)

    assert article not in related
    assert set(related) == set(visible)
    assert all(story.is_published for story in related)


def test_fills_up_to_five_with_newest_when_nothing_else_matches(article):
    others = [ArticleFactory(publish_at=ago(i)) for i in range(1, 8)]
    assert Article.objects.related_to(article) == others[:5]


def test_fewer_only_when_fewer_exist(article):
    only = ArticleFactory()
    assert Article.objects.related_to(article) == [only]


def test_pins_first_newest_pin_first(article):
    ArticleFactory.create_batch(5, tags=["trade"])
    old_pin = ArticleFactory(publish_at=ago(300))
    new_pin = ArticleFactory(publish_at=ago(200))
    article.pinned_related.add(old_pin, new_pin)
    assert Article.objects.related_to(article)[:2] == [new_pin, old_pin]


def test_a_pinned_story_that_also_shares_tags_is_listed_once_first(article):
    """The ranking asks for the top five whatever the pins; a pinned story
    among them gives its place to the next."""
    by_tags = [
        ArticleFactory(tags=["trade", "europe"], publish_at=ago(hours))
        for hours in (1, 2, 3, 4, 5, 6)
    ]
    pinned = by_tags[0]
    article.pinned_related.add(pinned)

    related = Article.objects.related_to(article)

    assert related == [pinned, *by_tags[1:5]]


def test_article_page_shows_five_related_stories(client, article):
    stories = ArticleFactory.create_batch(7, tags=["trade"])
    page = client.get(article.get_absolute_url()).content.decode()
    shown = [s for s in stories if s.title in page]
    assert page.count('class="related__item"') == 5
    assert len(shown) >= 5


def test_related_steps_stay_in_one_category(article):
    other_section = CategoryFactory()
    ArticleFactory.create_batch(3, category=other_section, publish_at=ago(1))
    mine = ArticleFactory.create_batch(5, category=article.category, publish_at=ago(20))
    assert set(Article.objects.related_to(article)) == set(mine)


def test_tags_copy_their_articles_listing_and_renew_it_on_save():
    story = ArticleFactory(tags=["trade", "europe"], publish_at=ago(5))
    copies = ArticleTag.objects.filter(content_object=story)
    assert {(c.listed_at, c.category_id) for c in copies} == {
        (story.publish_at, story.category_id)
    }

    story.status = Article.Status.DRAFT
    story.category = CategoryFactory()
    story.save()

    assert {(c.listed_at, c.category_id) for c in copies.all()} == {
        (None, story.category_id)
    }


def test_a_story_unpublished_after_tagging_leaves_the_ranking(article):
    story = ArticleFactory(tags=["trade"])
    assert Article.objects.related_to(article) == [story]

    story.status = Article.Status.DRAFT
    story.save()

    assert Article.objects.related_to(article) == []


def test_a_story_moved_later_ranks_once_it_is_due(article):
    story = ArticleFactory(tags=["trade", "europe"], publish_at=ago(48))
    newer = ArticleFactory.create_batch(5, publish_at=ago(1))  # the newest fill
    story.publish_at = timezone.now() + timedelta(hours=2)
    story.save()
    assert story not in Article.objects.related_to(article)

    with time_machine.travel(timedelta(hours=3)):
        related = Article.objects.related_to(article)
    assert related == [story, *newer[::-1][:4]]


def test_a_story_moved_into_the_articles_category_ranks_above_its_peers(article):
    older = ArticleFactory(tags=["trade"], publish_at=ago(40))
    newer = ArticleFactory(tags=["trade"], publish_at=ago(20))
    assert Article.objects.related_to(article) == [newer, older]

    older.category = article.category
    older.save()

    assert Article.objects.related_to(article) == [older, newer]

"""The article page's queries, prepared: compiled to SQL once per process
(thinktank/prepared.py), since building them cost more than running them.

Each is the queryset the page would otherwise build on every request, with
`Param`s for what changes: the article, the time (for `published()`), keys.
"""

from django.db import models
from django.db.models import Count, Q
from taggit.models import Tag

from comments.models import Comment
from thinktank.prepared import Param, PreparedQuery

from .models import Article, ArticleTag
from .querysets import byline_authors

RELATED_COUNT = 5

NOW = Param("now", models.DateTimeField())
ARTICLE = Param("article", models.BigIntegerField())
# Up to RELATED_COUNT stories read by key; `stories_by_key` fills every one.
STORY_KEYS = [
    Param(f"story{n}", models.BigIntegerField()) for n in range(RELATED_COUNT)
]


def _by_slug(articles):
    return (
        articles.with_pins_flag()
        .filter(slug=Param("slug", models.SlugField()))
        .order_by()
    )


@PreparedQuery
def article_for_readers():
    return _by_slug(Article.objects.published(now=NOW))


@PreparedQuery
def article_for_editors():
    """Drafts and scheduled articles too, for a preview."""
    return _by_slug(Article.objects.all())


@PreparedQuery
def tags_of():
    return Tag.objects.filter(articles_articletag_items__content_object=ARTICLE)


@PreparedQuery
def byline_of():
    return byline_authors().filter(byline__article=ARTICLE)


@PreparedQuery
def approved_thread():
    return Comment.objects.approved().for_thread().filter(article=ARTICLE)


@PreparedQuery
def related_ranking():
    """The keys of the stories sharing most tags with the article, then in its
    category, then newest; from the rank index of ArticleTag alone (each row
    keeps a copy of its story's publication date and category)."""
    return (
        ArticleTag.objects.filter(
            tag__in=ArticleTag.objects.filter(content_object=ARTICLE).values("tag"),
            listed_at__lte=NOW,
        )
        .exclude(content_object=ARTICLE)
        .values("content_object")
        .annotate(
            shared=Count("*"),  # not the key: the index does not hold it
            same_category=Q(category=Param("category", models.BigIntegerField())),
        )
        .order_by("-shared", "-same_category", "-listed_at", "-content_object")
        .values_list("content_object", flat=True)[:RELATED_COUNT]
    )


@PreparedQuery
def _stories():
    return (
        Article.objects.published(now=NOW)
        .filter(pk__in=STORY_KEYS)
        .only("title", "slug", "standfirst", "publish_at")
        .order_by()
    )


def stories_by_key(keys, *, now):
    """The published stories among `keys` (at most RELATED_COUNT), by key."""
    if not keys:
        return {}
    # Repeating the last key fills the query's every slot: IN ignores repeats,
    # and one SQL text serves lists of every length.
    filled = [*keys, *[keys[-1]] * (RELATED_COUNT - len(keys))]
    values = {param.name: key for param, key in zip(STORY_KEYS, filled, strict=True)}
    return {story.pk: story for story in _stories(now=now, **values)}

"""RSS 2.0 and Atom feeds: the whole site, a category (with its sub-categories),
a tag and an author. Each lists the newest published articles."""

import mimetypes

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed

from authors.models import Author
from thinktank.links import absolute_url

from .metadata import modified_at, xml_text
from .models import Article, Category, public_tags

FEED_LENGTH = 20


def xml_safe(values):
    """The strings among a feed's or an entry's values (`values`, a dict)
    without control characters (metadata.xml_text), the rest as they are."""
    return {
        name: xml_text(value)
        if isinstance(value, str)
        else [xml_text(str(v)) for v in value]
        if name == "categories" and value
        else value
        for name, value in values.items()
    }


class XMLSafeFeedMixin:
    """Django's feed writer, given only what XML can carry: one headline
    pasted from Word, or one comment, would otherwise make every request for
    the feed a 500 (UnserializableContentError)."""

    def __init__(self, **fields):
        super().__init__(**xml_safe(fields))

    def add_item(self, **fields):
        super().add_item(**xml_safe(fields))


class Rss(XMLSafeFeedMixin, Rss201rev2Feed):
    pass


class Atom(XMLSafeFeedMixin, Atom1Feed):
    pass


class ArticleFeed(Feed):
    """The site's feed; subclasses narrow it to one category, tag or author."""

    feed_type = Rss

    url_name = "articles:feed"

    def title(self, obj):
        return settings.SITE_NAME

    def description(self, obj):
        return settings.SITE_TAGLINE

    def link(self, obj):
        return absolute_url(reverse("articles:home"))

    def feed_url(self, obj):
        return absolute_url(reverse(self.url_name, kwargs=self.url_kwargs(obj)))

    def url_kwargs(self, obj):
        return {}

    def filter_articles(self, articles, obj):
        return articles

    def items(self, obj):
        articles = self.filter_articles(Article.objects.published(), obj)
        return (
            articles.for_cards()
            .prefetch_related(
                Prefetch("tags", to_attr="prefetched_tags"),
                Prefetch("corrections", to_attr="prefetched_corrections"),
            )
            .newest_first()[:FEED_LENGTH]
        )

    def plain_title(self, item):
        """An entry's title as text (RSS's is this, escaped: Django's default)."""
        return item.title

    def item_description(self, item):
        """The standfirst, then the article's correction and update notes."""
        return render_to_string("articles/feed_item.txt", {"article": item})

    def item_link(self, item):
        return absolute_url(item.get_absolute_url())

    def item_author_name(self, item):
        return " and ".join(author.name for author in item.byline) or None

    def item_author_link(self, item):
        first = next(iter(item.byline), None)
        return absolute_url(first.get_absolute_url()) if first else None

    def item_categories(self, item):
        return [item.category.name, *(tag.name for tag in item.tag_list)]

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return modified_at(item)

    def item_enclosures(self, item):
        if not item.hero_image:
            return []
        try:
            length = item.hero_image.size
        except OSError:  # a missing file must not take the feed down
            length = 0
        mime_type = mimetypes.guess_type(item.hero_image.name)[0] or "image/jpeg"
        return [Enclosure(absolute_url(item.hero_image.url), str(length), mime_type)]


class CategoryFeed(ArticleFeed):
    url_name = "articles:category_feed"

    def get_object(self, request, path):
        return get_object_or_404(Category, path=path)

    def title(self, obj):
        return f"{obj.name} | {settings.SITE_NAME}"

    def description(self, obj):
        return obj.description or f"The latest from {obj.name}."

    def link(self, obj):
        return absolute_url(obj.get_absolute_url())

    def url_kwargs(self, obj):
        return {"path": obj.path}

    def filter_articles(self, articles, obj):
        return articles.in_category(obj)


class TagFeed(ArticleFeed):
    url_name = "articles:tag_feed"

    def get_object(self, request, slug):
        return get_object_or_404(public_tags(), slug=slug)

    def title(self, obj):
        return f"Articles tagged “{obj.name}” | {settings.SITE_NAME}"

    def description(self, obj):
        return f"Analysis and commentary on {obj.name}."

    def link(self, obj):
        return absolute_url(reverse("articles:tag", kwargs={"slug": obj.slug}))

    def url_kwargs(self, obj):
        return {"slug": obj.slug}

    def filter_articles(self, articles, obj):
        return articles.filter(tags=obj)


class AuthorFeed(ArticleFeed):
    url_name = "articles:author_feed"

    def get_object(self, request, slug):
        return get_object_or_404(Author, slug=slug)

    def title(self, obj):
        return f"Articles by {obj.name} | {settings.SITE_NAME}"

    def description(self, obj):
        return obj.role or f"Articles by {obj.name}."

    def link(self, obj):
        return absolute_url(obj.get_absolute_url())

    def url_kwargs(self, obj):
        return {"slug": obj.slug}

    def filter_articles(self, articles, obj):
        return articles.filter(authors=obj)


class AtomMixin:
    """Atom flavour: titles are plain text there (RSS titles are escaped twice,
    Django's default, because readers treat them as HTML)."""

    feed_type = Atom

    def subtitle(self, obj):
        return self.description(obj)

    def item_title(self, item):
        return self.plain_title(item)


class AtomArticleFeed(AtomMixin, ArticleFeed):
    url_name = "articles:feed_atom"


class AtomCategoryFeed(AtomMixin, CategoryFeed):
    url_name = "articles:category_feed_atom"


class AtomTagFeed(AtomMixin, TagFeed):
    url_name = "articles:tag_feed_atom"


class AtomAuthorFeed(AtomMixin, AuthorFeed):
    url_name = "articles:author_feed_atom"

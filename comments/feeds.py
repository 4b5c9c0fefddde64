"""RSS 2.0 and Atom feeds of comments: the newest across the journal, and the
newest on one article. WordPress had both (/comments/feed/ and each post's
X/feed/), and feed readers still ask for them after the move
(articles/wordpress/middleware.py leads them here)."""

import functools

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.html import escape, linebreaks

from articles import keys
from articles.feeds import FEED_LENGTH, AtomMixin, Rss
from articles.models import Article
from articles.querysets import published_q
from thinktank.links import absolute_url
from thinktank.pagecache import add_keys, reader_page

from .models import Comment

# A feed entry shows who wrote what, when, on which article: never the
# commenter's email or address.
COLUMNS = ["pk", "name", "text", "created_at", "article__title", "article__slug"]


class CommentFeed(Feed):
    """The newest comments readers can see, on every published article."""

    feed_type = Rss

    url_name = "articles:comments_feed"

    def title(self, obj):
        return f"Comments | {settings.SITE_NAME}"

    def description(self, obj):
        return f"The newest readers' comments on {settings.SITE_NAME}."

    def link(self, obj):
        return absolute_url(reverse("articles:home"))

    def feed_url(self, obj):
        return absolute_url(reverse(self.url_name))

    def items(self, obj):
        return (
            Comment.objects.approved()
            .filter(published_q("article__"))
            .select_related("article")
            .only(*COLUMNS)
            .order_by("-created_at", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, item):
        # RSS readers treat titles as HTML (AtomMixin gives Atom's plain text).
        return escape(self.plain_title(item))

    def plain_title(self, item):
        return f"{item.name} on “{item.article.title}”"

    def item_description(self, item):
        """The comment's text, escaped, in paragraphs as on the page."""
        return linebreaks(item.text, autoescape=True)

    def item_link(self, item):
        return absolute_url(item.get_absolute_url())

    def item_author_name(self, item):
        return item.name

    def item_pubdate(self, item):
        return item.created_at


class ArticleCommentFeed(CommentFeed):
    """The newest comments on one published article."""

    url_name = "articles:article_comments_feed"

    def get_object(self, request, article):
        return article  # found by article_feed_page

    def title(self, obj):
        return f"Comments on “{obj.title}” | {settings.SITE_NAME}"

    def description(self, obj):
        return f"Readers' comments on “{obj.title}”."

    def link(self, obj):
        return absolute_url(obj.get_absolute_url())

    def feed_url(self, obj):
        return absolute_url(reverse(self.url_name, kwargs={"slug": obj.slug}))

    def items(self, obj):
        # Read through the article, each comment knows it: links cost no query.
        comments = obj.comments.approved().only(*COLUMNS[:-2], "article_id")
        return comments.order_by("-created_at", "-pk")[:FEED_LENGTH]

    def plain_title(self, item):
        return f"Comment by {item.name}"


class AtomCommentFeed(AtomMixin, CommentFeed):
    url_name = "articles:comments_feed_atom"


class AtomArticleCommentFeed(AtomMixin, ArticleCommentFeed):
    url_name = "articles:article_comments_feed_atom"


def article_feed_page(feed):
    """The cached view of `feed`, one article's comments at
    /articles/<slug>/feed/: keyed with that article alone, so an edit of it or
    a change to a comment readers see on it purges the feed (keys.of_comments),
    and a change anywhere else does not."""

    @functools.wraps(feed)
    def keyed(request, slug):
        article = get_object_or_404(
            Article.objects.published().only("pk", "title", "slug"), slug=slug
        )
        return add_keys(feed(request, article=article), [keys.article(article.pk)])

    return reader_page(keyed)

import functools

from django.urls import path, re_path, register_converter

from comments import feeds as comment_feeds
from comments import views as comment_views
from thinktank.pagecache import reader_page

from . import feeds, keys, views

app_name = "articles"


class TagSlugConverter:
    """A tag's slug as taggit makes it: letters of any script, digits, "-" and
    "_". Django's `<slug:>` takes ASCII alone, and a tag named "Ünïcode" made
    every page that links to it a 500."""

    regex = r"[-\w]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(TagSlugConverter, "tag")


LIST = reader_page(params=["page"])
# The journal's comment feeds, purged also with any comment readers see
# (articles/keys.py).
COMMENT_FEED = functools.partial(views.syndication_page, also=[keys.COMMENTS])
SEARCH = reader_page(params=["q", "section", "since", "until", "order", "page"])


def feed_routes(prefix, name, rss, atom, wrap=views.syndication_page):
    """The RSS feed at `prefix`feed/ and its Atom twin at `prefix`feed/atom/."""
    return [
        path(f"{prefix}feed/", wrap(rss()), name=name),
        path(f"{prefix}feed/atom/", wrap(atom()), name=f"{name}_atom"),
    ]


def tag_route(view, wrap=LIST):
    """A cached tag page or feed whose merged tags' addresses lead on."""
    return views.follow_merged_tags(wrap(view))


urlpatterns = [
    # The busiest pages first: each request tries the patterns in order.
    path(
        "articles/<slug:slug>/",
        reader_page(views.ArticleDetailView.as_view()),
        name="detail",
    ),
    path(
        "articles/<slug:slug>/comments/",
        LIST(comment_views.comment_page),
        name="comments",
    ),
    # "page" is declared so that /?page=N reaches the view, which sends it on.
    path("", LIST(views.home), name="home"),
    *feed_routes("", "feed", feeds.ArticleFeed, feeds.AtomArticleFeed),
    # Before the category page, whose <path> would otherwise take "…/feed".
    *feed_routes(
        "category/<path:path>/",
        "category_feed",
        feeds.CategoryFeed,
        feeds.AtomCategoryFeed,
    ),
    *feed_routes(
        "tag/<tag:slug>/",
        "tag_feed",
        feeds.TagFeed,
        feeds.AtomTagFeed,
        lambda view: tag_route(view, views.syndication_page),
    ),
    *feed_routes(
        "authors/<slug:slug>/", "author_feed", feeds.AuthorFeed, feeds.AtomAuthorFeed
    ),
    # Readers' comments: the newest everywhere, and on one article. Not at
    # WordPress's /comments/feed/, the comment page of an article called "feed"
    # (comments/urls.py); that address leads here (articles/wordpress/middleware.py).
    path(
        "feed/comments/",
        COMMENT_FEED(comment_feeds.CommentFeed()),
        name="comments_feed",
    ),
    path(
        "feed/comments/atom/",
        COMMENT_FEED(comment_feeds.AtomCommentFeed()),
        name="comments_feed_atom",
    ),
    *feed_routes(
        "articles/<slug:slug>/",
        "article_comments_feed",
        comment_feeds.ArticleCommentFeed,
        comment_feeds.AtomArticleCommentFeed,
        comment_feeds.article_feed_page,
    ),
    path(
        "category/<path:path>/",
        LIST(views.CategoryView.as_view()),
        name="category",
    ),
    path("stories/", LIST(views.StoriesView.as_view()), name="stories"),
    path("tag/<tag:slug>/", tag_route(views.TagView.as_view()), name="tag"),
    path("search/", SEARCH(views.SearchView.as_view()), name="search"),
    path(
        "corrections/",
        LIST(views.CorrectionListView.as_view()),
        name="corrections",
    ),
    # Never a reader page: a preview is for whoever holds the link, uncached.
    path("preview/<str:token>/", views.PreviewView.as_view(), name="preview"),
    re_path(
        r"^(?P<year>[0-9]{4})/$",
        LIST(views.YearArchiveView.as_view()),
        name="year",
    ),
    re_path(
        r"^(?P<year>[0-9]{4})/(?P<month>0[1-9]|1[0-2])/$",
        LIST(views.MonthArchiveView.as_view()),
        name="month",
    ),
]

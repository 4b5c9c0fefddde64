from django.urls import path, re_path

from thinktank.pagecache import reader_cache

from . import feeds, views

app_name = "articles"


def feed_routes(prefix, name, rss, atom, wrap=reader_cache):
    """The RSS feed at `prefix`feed/ and its Atom twin at `prefix`feed/atom/."""
    return [
        path(f"{prefix}feed/", wrap(rss()), name=name),
        path(f"{prefix}feed/atom/", wrap(atom()), name=f"{name}_atom"),
    ]


def tag_route(view):
    """A cached tag page or feed whose merged tags' addresses lead on."""
    return views.follow_merged_tags(reader_cache(view))


urlpatterns = [
    # The busiest pages first: each request tries the patterns in order.
    path(
        "articles/<slug:slug>/",
        reader_cache(views.ArticleDetailView.as_view()),
        name="detail",
    ),
    path("", reader_cache(views.home), name="home"),
    *feed_routes("", "feed", feeds.ArticleFeed, feeds.AtomArticleFeed),
    # Before the category page, whose <path> would otherwise take "…/feed".
    *feed_routes(
        "category/<path:path>/",
        "category_feed",
        feeds.CategoryFeed,
        feeds.AtomCategoryFeed,
    ),
    *feed_routes(
        "tag/<slug:slug>/", "tag_feed", feeds.TagFeed, feeds.AtomTagFeed, tag_route
    ),
    *feed_routes(
        "authors/<slug:slug>/", "author_feed", feeds.AuthorFeed, feeds.AtomAuthorFeed
    ),
    path(
        "category/<path:path>/",
        reader_cache(views.CategoryView.as_view()),
        name="category",
    ),
    path("stories/", reader_cache(views.StoriesView.as_view()), name="stories"),
    path("tag/<slug:slug>/", tag_route(views.TagView.as_view()), name="tag"),
    path("search/", reader_cache(views.SearchView.as_view()), name="search"),
    re_path(
        r"^(?P<year>[0-9]{4})/$",
        reader_cache(views.YearArchiveView.as_view()),
        name="year",
    ),
    re_path(
        r"^(?P<year>[0-9]{4})/(?P<month>0[1-9]|1[0-2])/$",
        reader_cache(views.MonthArchiveView.as_view()),
        name="month",
    ),
]

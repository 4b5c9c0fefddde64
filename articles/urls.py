from django.urls import path, re_path

from thinktank.pagecache import reader_cache

from . import feeds, views

app_name = "articles"

urlpatterns = [
    path("", reader_cache(views.home), name="home"),
    path("feed/", reader_cache(feeds.ArticleFeed()), name="feed"),
    path("feed/atom/", reader_cache(feeds.AtomArticleFeed()), name="feed_atom"),
    # Before the category page, whose <path> would otherwise take "…/feed".
    path(
        "category/<path:path>/feed/",
        reader_cache(feeds.CategoryFeed()),
        name="category_feed",
    ),
    path(
        "category/<path:path>/feed/atom/",
        reader_cache(feeds.AtomCategoryFeed()),
        name="category_feed_atom",
    ),
    path("tag/<slug:slug>/feed/", reader_cache(feeds.TagFeed()), name="tag_feed"),
    path(
        "tag/<slug:slug>/feed/atom/",
        reader_cache(feeds.AtomTagFeed()),
        name="tag_feed_atom",
    ),
    path(
        "authors/<slug:slug>/feed/",
        reader_cache(feeds.AuthorFeed()),
        name="author_feed",
    ),
    path(
        "authors/<slug:slug>/feed/atom/",
        reader_cache(feeds.AtomAuthorFeed()),
        name="author_feed_atom",
    ),
    path(
        "articles/<slug:slug>/",
        reader_cache(views.ArticleDetailView.as_view()),
        name="detail",
    ),
    path(
        "category/<path:path>/",
        reader_cache(views.CategoryView.as_view()),
        name="category",
    ),
    path("tag/<slug:slug>/", reader_cache(views.TagView.as_view()), name="tag"),
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

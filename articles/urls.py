from django.urls import path, re_path

from thinktank.pagecache import reader_cache

from . import feeds, views

app_name = "articles"

urlpatterns = [
    path("", reader_cache(views.home), name="home"),
    path("feed/", feeds.ArticleFeed(), name="feed"),
    path("feed/atom/", feeds.AtomArticleFeed(), name="feed_atom"),
    # Before the category page, whose <path> would otherwise take "…/feed".
    path("category/<path:path>/feed/", feeds.CategoryFeed(), name="category_feed"),
    path(
        "category/<path:path>/feed/atom/",
        feeds.AtomCategoryFeed(),
        name="category_feed_atom",
    ),
    path("tag/<slug:slug>/feed/", feeds.TagFeed(), name="tag_feed"),
    path("tag/<slug:slug>/feed/atom/", feeds.AtomTagFeed(), name="tag_feed_atom"),
    path("authors/<slug:slug>/feed/", feeds.AuthorFeed(), name="author_feed"),
    path(
        "authors/<slug:slug>/feed/atom/",
        feeds.AtomAuthorFeed(),
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
    path("search/", views.SearchView.as_view(), name="search"),
    re_path(r"^(?P<year>[0-9]{4})/$", views.YearArchiveView.as_view(), name="year"),
    re_path(
        r"^(?P<year>[0-9]{4})/(?P<month>0[1-9]|1[0-2])/$",
        views.MonthArchiveView.as_view(),
        name="month",
    ),
]

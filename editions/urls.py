from django.urls import path

from thinktank.pagecache import reader_cache

from . import feeds, views

app_name = "editions"

urlpatterns = [
    path("", reader_cache(views.EditionListView.as_view()), name="list"),
    path("feed/", reader_cache(feeds.EditionFeed()), name="feed"),
    path(
        "<int:volume>/<int:number>/",
        reader_cache(views.EditionDetailView.as_view()),
        name="detail",
    ),
]

from django.urls import path

from articles.views import syndication_page
from thinktank.pagecache import reader_page

from . import feeds, views

app_name = "editions"

urlpatterns = [
    path(
        "", reader_page(views.EditionListView.as_view(), params=["page"]), name="list"
    ),
    path("feed/", syndication_page(feeds.EditionFeed()), name="feed"),
    path(
        "<int:volume>/<int:number>/",
        reader_page(views.EditionDetailView.as_view()),
        name="detail",
    ),
]

from django.urls import path

from thinktank.pagecache import reader_page

from . import views

app_name = "authors"

urlpatterns = [
    path(
        "<slug:slug>/",
        reader_page(views.AuthorView.as_view(), params=["page"]),
        name="detail",
    ),
]

from django.urls import path

from thinktank.pagecache import reader_cache

from . import views

app_name = "authors"

urlpatterns = [
    path("<slug:slug>/", reader_cache(views.AuthorView.as_view()), name="detail"),
]

from django.urls import re_path

from thinktank.pagecache import reader_cache

from . import views

app_name = "pages"

urlpatterns = [
    # Last of the site's patterns: any other address that ends in a slash.
    re_path(r"^(?P<url>[-\w/.~]+/)$", reader_cache(views.page), name="detail"),
]

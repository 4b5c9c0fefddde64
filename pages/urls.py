from django.urls import re_path

from thinktank.pagecache import reader_page

from . import views

app_name = "pages"

urlpatterns = [
    # Last of the site's patterns: any other address that ends in a slash.
    re_path(r"^(?P<url>[-\w/.~]+/)$", reader_page(views.page), name="detail"),
]

from django.urls import re_path

from thinktank.pagecache import reader_page

from . import views
from .models import PAGE_PATH

app_name = "pages"

urlpatterns = [
    # Last of the site's patterns: any other address made of slug segments.
    re_path(rf"^(?P<url>{PAGE_PATH})$", reader_page(views.page), name="detail"),
]

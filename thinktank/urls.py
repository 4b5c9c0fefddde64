from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from . import views

admin.site.site_header = f"{settings.SITE_NAME} administration"
admin.site.site_title = settings.SITE_NAME
admin.site.index_title = "Newsroom"

urlpatterns = [
    # Readers' pages first: most requests are theirs, and URLs are tried in order.
    path("", include("articles.urls")),
    path("", include("articles.sitemap_urls")),
    path("admin/", admin.site.urls),
    path("health/", views.health, name="health"),
    path("authors/", include("authors.urls")),
    path("privacy/", include("thinktank.privacy_urls")),
    path("comments/", include("comments.urls")),
    path("read/", include("readership.urls")),
    path("editions/", include("editions.urls")),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from articles import sitemaps

from . import views

admin.site.site_header = f"{settings.SITE_NAME} administration"
admin.site.site_title = settings.SITE_NAME
admin.site.index_title = "Newsroom"

urlpatterns = [
    # Readers' pages first: most requests are theirs, and URLs are tried in order.
    path("", include("articles.urls")),
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-news.xml", sitemaps.news, name="sitemap_news"),
    path(
        "sitemap-<slug:section>.xml",
        sitemap_views.sitemap,
        # Full timestamps in <lastmod>: a news article may change several times a day.
        {"sitemaps": sitemaps.SITEMAPS, "template_name": "articles/sitemap.xml"},
        name="sitemap_section",
    ),
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

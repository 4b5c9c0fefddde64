from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from articles import sitemaps

from . import views

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
    # Staff sign-in: two-factor set-up and password reset (accounts/urls.py).
    path("", include("accounts.urls")),
    path("admin/", admin.site.urls),
    path("health/", views.health, name="health"),
    path("authors/", include("authors.urls")),
    path("privacy/", include("thinktank.privacy_urls")),
    path("comments/", include("comments.urls")),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

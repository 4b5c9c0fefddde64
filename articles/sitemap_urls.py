"""robots.txt and the sitemaps, at the root of the site (names not namespaced)."""

from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from . import sitemaps
from .views import syndication_page

urlpatterns = [
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
    path("sitemap.xml", syndication_page(sitemaps.index), name="sitemap"),
    path("sitemap-news.xml", syndication_page(sitemaps.news), name="sitemap_news"),
    path(
        "sitemap-<slug:section>.xml",
        syndication_page(sitemap_views.sitemap, params=["p"]),
        # Full timestamps in <lastmod>: a news article may change several times a day.
        {"sitemaps": sitemaps.SITEMAPS, "template_name": "articles/sitemap.xml"},
        name="sitemap_section",
    ),
]

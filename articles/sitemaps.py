"""Sitemaps for crawlers: an index of article, category, tag and author
sitemaps (pages of SITEMAP_PAGE_SIZE entries), and a Google News sitemap of the
last 48 hours. Only what readers may see is listed."""

from datetime import timedelta
from functools import cached_property
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.db.models import F, Max
from django.db.models.functions import Coalesce, Greatest
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag

from authors.models import Author
from editions.models import Edition
from pages.models import Page
from thinktank.links import absolute_url

from .models import Article, Category
from .querysets import published_q

SITEMAP_PAGE_SIZE = 5000
NEWS_WINDOW = timedelta(hours=48)
NEWS_LIMIT = 1000  # the most a news sitemap may list


def _changed(prefix=""):
    """When an article last changed for readers: marked as updated or
    corrected, or appeared (as `metadata.modified_at`)."""
    return Greatest(
        Coalesce(f"{prefix}revised_at", f"{prefix}publish_at"), f"{prefix}publish_at"
    )


class JournalSitemap(Sitemap):
    """Addresses on settings.SITE_URL, whichever host the crawler asked."""

    limit = SITEMAP_PAGE_SIZE

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc

    def lastmod(self, item):
        return item.changed_at


class ArticleSitemap(JournalSitemap):
    def items(self):
        # Oldest first, so a new article never moves the others between pages.
        return (
            Article.objects.published()
            .annotate(changed_at=_changed())
            .only("slug", "revised_at", "publish_at")
            .order_by("publish_at", "pk")
        )

    def get_latest_lastmod(self):
        return Article.objects.published().aggregate(latest=Max(_changed()))["latest"]


class CategorySitemap(JournalSitemap):
    """Every category; its lastmod is the latest change in its whole branch."""

    @cached_property
    def _categories(self):
        changed = dict(
            Article.objects.published()
            .values("category")
            .annotate(latest=Max(_changed()))
            .values_list("category", "latest")
        )
        categories = list(Category.objects.order_by("path"))
        for category in categories:
            branch = [
                changed[other.pk]
                for other in categories
                if other.pk in changed
                and (
                    other.path == category.path
                    or other.path.startswith(f"{category.path}/")
                )
            ]
            category.changed_at = max(branch, default=None)
        return categories

    def items(self):
        return self._categories

    def get_latest_lastmod(self):
        return max(
            (c.changed_at for c in self._categories if c.changed_at), default=None
        )


class TagSitemap(JournalSitemap):
    """Tags of published articles only: a draft's tags stay unannounced."""

    def items(self):
        return (
            Tag.objects.filter(published_q("article__"))
            .annotate(changed_at=Max(_changed("article__")))
            .order_by("slug")
        )

    def location(self, item):
        return reverse("articles:tag", kwargs={"slug": item.slug})

    def get_latest_lastmod(self):
        tagged = Article.objects.published().filter(tags__isnull=False)
        return tagged.aggregate(latest=Max(_changed()))["latest"]


class AuthorSitemap(JournalSitemap):
    """Authors with at least one published article."""

    def items(self):
        return (
            Author.objects.filter(published_q("articles__"))
            .annotate(changed_at=Max(_changed("articles__")))
            .order_by("slug")
        )

    def get_latest_lastmod(self):
        # Every published article has an author.
        return Article.objects.published().aggregate(latest=Max(_changed()))["latest"]


class PageSitemap(JournalSitemap):
    """Published static pages (About, Contact…)."""

    def items(self):
        return (
            Page.objects.published()
            .annotate(changed_at=F("updated_at"))
            .only("url", "updated_at")
            .order_by("url")
        )

    def get_latest_lastmod(self):
        return Page.objects.published().aggregate(latest=Max("updated_at"))["latest"]


class EditionSitemap(JournalSitemap):
    """Every edition of the printed journal."""

    def items(self):
        return Edition.objects.out().order_by("date", "pk")

    def lastmod(self, edition):
        return edition.date

    def get_latest_lastmod(self):
        return Edition.objects.out().aggregate(latest=Max("date"))["latest"]


SITEMAPS = {
    "articles": ArticleSitemap,
    "categories": CategorySitemap,
    "tags": TagSitemap,
    "authors": AuthorSitemap,
    "pages": PageSitemap,
    "editions": EditionSitemap,
}


@x_robots_tag
def index(request):
    """The sitemap index: every page of every sitemap that lists something
    (a sitemap must hold at least one address), and the news sitemap."""
    entries = []
    for section, sitemap_class in SITEMAPS.items():
        sitemap = sitemap_class()
        pages = sitemap.paginator  # a new Paginator, counting again, at each read
        if not pages.count:
            continue
        url = absolute_url(reverse("sitemap_section", kwargs={"section": section}))
        lastmod = sitemap.get_latest_lastmod()
        entries.append(SitemapIndexItem(url, lastmod))
        for page in range(2, pages.num_pages + 1):
            entries.append(SitemapIndexItem(f"{url}?p={page}", lastmod))
    entries.append(SitemapIndexItem(absolute_url(reverse("sitemap_news")), None))
    return TemplateResponse(
        request,
        "sitemap_index.xml",
        {"sitemaps": entries},
        content_type="application/xml",
    )


@x_robots_tag
def news(request):
    """Google News sitemap: articles that appeared in the last 48 hours."""
    articles = (
        Article.objects.published()
        .filter(publish_at__gte=timezone.now() - NEWS_WINDOW)
        .newest_first()
        .only("title", "slug", "publish_at")[:NEWS_LIMIT]
    )
    return TemplateResponse(
        request,
        "articles/sitemap_news.xml",
        {
            "articles": articles,
            "language": settings.LANGUAGE_CODE.split("-")[0],
        },
        content_type="application/xml",
    )


def robots_txt(request):
    """Crawlers may read everything but the admin and search results."""
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('admin:index')}",
        f"Disallow: {reverse('articles:search')}",
        "",
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
        f"Sitemap: {absolute_url(reverse('sitemap_news'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")

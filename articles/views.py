import functools
from datetime import timedelta

from django.conf import settings
from django.contrib import admin
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.views.generic import DetailView, ListView, dates
from taggit.models import Tag

from comments.views import comment_context
from editions.models import Edition
from thinktank.links import page_number, page_query
from thinktank.pagecache import add_keys, reader_page

from . import keys
from .models import Article, Category, Correction, PreviewLink, TagAlias, public_tags
from .querysets import published_q
from .search import SearchForm, search_articles

SECTION_BLOCK_SIZE = 4
LATEST_COUNT = 6
RANKING_DAYS = 7
RANKING_COUNT = 5


def syndication_page(view, params=(), also=()):
    """A feed or sitemap cached for readers, purged whenever articles change
    (and whenever what the keys in `also` name changes)."""

    @functools.wraps(view)
    def keyed(request, *args, **kwargs):
        return add_keys(view(request, *args, **kwargs), [keys.SYNDICATION, *also])

    return reader_page(keyed, params=params)


def home(request):
    """The front page: a lead story, the latest, the week's most read and most
    discussed, and a block per top-level section.

    Each story appears once in the editorial blocks: the lead (the newest
    featured story, else the newest), the latest after it, then each section's
    newest few of the rest. Older stories page on at /stories/, where
    `?page=N` here leads.
    """
    if "page" in request.GET:
        number, _ = page_number(request)
        return redirect(
            page_address(request, reverse("articles:stories"), number), permanent=True
        )
    sections = list(Category.objects.sections())
    stories = list(
        Article.objects.published()
        .filter(pk__in=home_story_ids(sections))
        .for_cards()
        .newest_first()
    )
    lead = next((a for a in stories if a.featured), stories[0] if stories else None)
    latest = [a for a in stories if a != lead][:LATEST_COUNT]
    shown = {lead, *latest}
    blocks = []
    for section in sections:
        block = [a for a in stories if a.section_id == section.pk and a not in shown]
        if block := block[:SECTION_BLOCK_SIZE]:
            blocks.append((section, block[0], block[1:]))
            shown.update(block)
    since = timezone.now() - timedelta(days=RANKING_DAYS)
    ranked = Article.objects.published().only("title", "slug")
    most_read = list(ranked.most_read(since=since)[:RANKING_COUNT])
    most_discussed = list(ranked.most_discussed(since=since)[:RANKING_COUNT])
    response = render(
        request,
        "articles/home.html",
        {
            "lead": lead,
            "latest": latest,
            "section_blocks": blocks,
            "most_read": most_read,
            "most_discussed": most_discussed,
            "sections": sections,  # for the menu too: one query for both
        },
    )
    # The rankings move with readers' clicks and comments, not with edits: they
    # are as fresh as the page's lifetime (PAGE_CACHE_SECONDS).
    ranked_keys = keys.of_articles([*most_read, *most_discussed], bylines=False)
    shown.discard(None)
    return add_keys(response, {keys.LISTS, *keys.of_articles(shown), *ranked_keys})


def home_story_ids(sections):
    """A query for the keys of the stories the home page chooses from: the
    newest featured one, the newest, and enough of each section's newest to
    fill its block with stories the lead and latest did not take.

    Its WHERE takes the union of small index-ordered subqueries, so it never
    scans the archive (an OR of INs would).
    """
    newest = Article.objects.published().newest_first().values("pk")
    taken_above = 1 + LATEST_COUNT
    slices = [
        newest.filter(featured=True)[:1],
        newest[:taken_above],
        *(newest.in_category(s)[: SECTION_BLOCK_SIZE + taken_above] for s in sections),
    ]
    first, *rest = [
        Article.objects.filter(pk__in=part).order_by().values_list("pk", flat=True)
        for part in slices
    ]
    return first.union(*rest)


def latest_stories():
    """The newest stories site-wide, one more than the sidebar shows (the page
    may leave itself out)."""
    return list(
        Article.objects.published()
        .newest_first()
        .only("title", "slug", "publish_at")[: LATEST_COUNT + 1]
    )


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        # Editors may preview drafts and scheduled articles at their address,
        # once signed in as the admin asks (their second factor given);
        # readers (and every cached page) see only published ones.
        request = self.request
        if admin.site.has_permission(request) and request.user.has_perm(
            "articles.change_article"
        ):
            articles = Article.objects.all()
        else:
            articles = Article.objects.published()
        return (
            articles.with_page_flags()
            .with_tags()
            .select_related("category__parent__parent")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        context["is_preview"] = not article.is_published
        context["breadcrumbs"] = article.category.ancestors_and_self()
        context["related"] = Article.objects.related_to(article)
        context["latest"] = [s for s in latest_stories() if s != article][:LATEST_COUNT]
        # The menu marks the story's section (aria-current="true").
        context["menu_section"] = context["breadcrumbs"][0].get_absolute_url()
        context["edition"], context["latest_edition"] = Edition.objects.for_article(
            article
        )
        context.update(comment_context(article))
        return context

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        article = self.object
        if context["is_preview"]:
            add_never_cache_headers(response)
        shown = [article, *context["related"], *context["latest"]]
        return add_keys(
            response,
            {
                keys.LATEST,
                keys.EDITIONS,
                *keys.of_articles(shown, bylines=False),
                *(keys.author(author.pk) for author in article.byline),
                *(keys.tag(tag.pk) for tag in article.tag_list),
            },
        )


class PreviewView(ArticleDetailView):
    """An unpublished article as it is now, for whoever holds a preview link:
    marked "Preview", never indexed, never stored by any cache."""

    def get(self, request, *args, **kwargs):
        link = PreviewLink.from_token(self.kwargs["token"])
        if link is None:
            raise Http404("No such preview.")
        if link.article.is_published:
            return redirect(link.article)
        if not link.works or link.article.status == Article.Status.WITHDRAWN:
            response = render(
                request, "articles/preview_gone.html", {"link": link}, status=410
            )
            return self.private(response)
        self.link = link
        return super().get(request, *args, **kwargs)

    def get_object(self, queryset=None):
        return (
            Article.objects.with_page_flags()
            .select_related("category__parent__parent")
            .get(pk=self.link.article_id)
        )

    def render_to_response(self, context, **kwargs):
        return self.private(super().render_to_response(context, **kwargs))

    @staticmethod
    def private(response):
        add_never_cache_headers(response)  # private, no-store and no-cache
        response.headers["X-Robots-Tag"] = "noindex, nofollow"
        return response


class KeysFirstPaginator(Paginator):
    """Finds a page's articles by their primary keys, then reads only those rows.

    The ordering and slicing run in a subquery that selects keys alone, which
    the database answers from an index without reading and sorting the full
    rows of every matching article (16,000 for a section at 100,000 articles).
    """

    def page(self, number):
        page = super().page(number)
        page.object_list = self.object_list.filter(pk__in=page.object_list.values("pk"))
        return page


def page_address(request, path, number):
    """Page `number` of the list at `path`, with the request's other
    parameters, written as the list's own links write it (page 1 bare)."""
    others = request.GET.copy()
    others.pop("page", None)
    query = "&".join(filter(None, [others.urlencode(), page_query(number)]))
    return f"{path}?{query}" if query else path


class ArticleListPage:
    """Paginated lists of article cards, with the keys of what they show."""

    paginate_by = settings.PAGE_SIZE
    paginator_class = KeysFirstPaginator

    def get(self, request, *args, **kwargs):
        number, canonical = page_number(request)
        if not canonical:
            return redirect(page_address(request, request.path, number), permanent=True)
        return super().get(request, *args, **kwargs)

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        shown = keys.of_articles(context["object_list"])
        return add_keys(response, {keys.LISTS, *shown, *self.list_keys()})

    def list_keys(self):
        """Keys of what the list itself shows beside its articles."""
        return set()


class ArticleListView(ArticleListPage, ListView):
    """A paginated list of published article cards; subclasses pick the filter."""

    context_object_name = "articles"

    def get_queryset(self):
        return (
            self.filter_articles(Article.objects.published()).for_cards().newest_first()
        )


class CategoryView(ArticleListView):
    template_name = "articles/category_detail.html"

    def filter_articles(self, articles):
        self.category = get_object_or_404(
            Category.objects.select_related("parent__parent"), path=self.kwargs["path"]
        )
        return articles.in_category(self.category)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            category=self.category,
            breadcrumbs=self.category.ancestors_and_self(),
            subcategories=self.category.children.order_by("position", "name"),
            **kwargs,
        )


class StoriesView(ArticleListView):
    """Every published story, newest first: where the front page pages on."""

    template_name = "articles/stories.html"

    def filter_articles(self, articles):
        return articles


class TagView(ArticleListView):
    template_name = "articles/tag_detail.html"

    def filter_articles(self, articles):
        self.tag = get_object_or_404(public_tags(), slug=self.kwargs["slug"])
        return articles.filter(tags=self.tag)

    def get_context_data(self, **kwargs):
        return super().get_context_data(tag=self.tag, **kwargs)

    def list_keys(self):
        return {keys.tag(self.tag.pk)}


def follow_merged_tags(view):
    """A tag page or feed that answers "not found" because its tag was merged
    into another sends the reader on, for good, to the same page of the tag
    it became, once readers may see that one (`public_tags`); the lookup runs
    only on that rare path."""

    @functools.wraps(view)
    def wrapped(request, *args, slug, **kwargs):
        try:
            return view(request, *args, slug=slug, **kwargs)
        except Http404:
            alias = (
                TagAlias.objects.filter(slug=slug, tag__in=public_tags())
                .exclude(slug__in=Tag.objects.filter(slug=slug).values("slug"))
                .select_related("tag")
                .first()
            )
            if alias is None:
                raise
            return redirect(
                request.resolver_match.view_name, slug=alias.tag.slug, permanent=True
            )

    return wrapped


class SearchView(ArticleListPage, ListView):
    """Ranked full-text search of published articles (see articles/search.py),
    narrowed by section and date range. Bad input gets a message, not an error."""

    template_name = "articles/search.html"
    context_object_name = "articles"
    paginator_class = Paginator  # the ranking is the order: no keys-first page

    def get(self, request, *args, **kwargs):
        self.form = SearchForm(request.GET or None)
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        form = self.form
        if not form.is_bound or not form.is_valid() or not form.parsed:
            return Article.objects.none()
        articles = Article.objects.published()
        if form.cleaned_data["section"]:
            articles = articles.in_category(form.cleaned_data["section"])
        start, end = form.date_range
        if start:
            articles = articles.filter(publish_at__gte=start)
        if end:
            articles = articles.filter(publish_at__lt=end)
        return search_articles(
            articles,
            form.parsed,
            newest_first=form.cleaned_data["order"] == "newest",
        )

    def list_keys(self):
        return {keys.SEARCH}

    def paginate_queryset(self, queryset, page_size):
        # A page number past the end shows the last page.
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        form = self.form
        searched = form.is_bound and form.is_valid() and bool(form.parsed)
        return super().get_context_data(
            form=form,
            query=form.cleaned_data.get("q", "") if form.is_bound else "",
            searched=searched,
            **kwargs,
        )


class ArchiveMixin(ArticleListPage):
    """Published articles by date of publication, newest first, paginated."""

    date_field = "publish_at"
    ordering = ["-publish_at", "-pk"]
    context_object_name = "articles"

    def get_queryset(self):
        return Article.objects.published().for_cards()


class YearArchiveView(ArchiveMixin, dates.YearArchiveView):
    template_name = "articles/archive_year.html"
    make_object_list = True


class MonthArchiveView(ArchiveMixin, dates.MonthArchiveView):
    template_name = "articles/archive_month.html"
    month_format = "%m"


class CorrectionListView(ListView):
    """Every correction and update note on a published article, newest first."""

    template_name = "articles/correction_list.html"
    context_object_name = "corrections"
    paginate_by = 30

    def get_queryset(self):
        return (
            Correction.objects.filter(published_q(prefix="article__"))
            .select_related("article")
            .only("kind", "note", "published_at", "article__title", "article__slug")
        )

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        shown = {keys.article(c.article_id) for c in context["corrections"]}
        # LISTS: an article that leaves the lists takes its notes with it.
        return add_keys(response, {keys.CORRECTIONS, keys.LISTS, *shown})

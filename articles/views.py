from django.conf import settings
from django.db.models import (
    Case,
    F,
    IntegerField,
    Q,
    Value,
    When,
    Window,
    prefetch_related_objects,
)
from django.db.models.functions import RowNumber
from django.shortcuts import get_object_or_404, render
from django.utils.cache import add_never_cache_headers
from django.views.generic import DetailView, ListView, dates
from taggit.models import Tag

from comments.views import comment_context

from .models import Article, Category
from .querysets import byline_prefetch
from .search import SearchForm, add_highlights, search_articles

SECTION_BLOCK_SIZE = 4
LATEST_COUNT = 6


def home(request):
    published = (
        Article.objects.published().select_related("category").with_comment_count()
    )
    lead = (
        published.filter(featured=True).newest_first().first()
        or published.newest_first().first()
    )
    latest = list(
        published.exclude(pk=getattr(lead, "pk", None)).newest_first()[:LATEST_COUNT]
    )
    sections = list(Category.objects.filter(parent=None).order_by("position", "name"))
    blocks = _section_blocks(published.exclude(pk=getattr(lead, "pk", None)), sections)
    everything = [a for a in [lead, *latest] if a] + [
        a for _, items in blocks for a in items
    ]
    prefetch_related_objects(everything, byline_prefetch())
    return render(
        request,
        "articles/home.html",
        {"lead": lead, "latest": latest, "section_blocks": blocks},
    )


def _section_blocks(published, sections):
    """The newest few stories of every top-level section, in one query."""
    if not sections:
        return []
    section_of = Case(
        *[
            When(
                Q(category__path=s.path) | Q(category__path__startswith=f"{s.path}/"),
                then=Value(s.pk),
            )
            for s in sections
        ],
        output_field=IntegerField(),
    )
    rows = (
        published.annotate(section_id=section_of)
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("section_id")],
                order_by=[F("publish_at").desc(), F("pk").desc()],
            )
        )
        .filter(rank__lte=SECTION_BLOCK_SIZE)
        .order_by("-publish_at")
    )
    by_section = {}
    for article in rows:
        by_section.setdefault(article.section_id, []).append(article)
    return [(s, by_section[s.pk]) for s in sections if s.pk in by_section]


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_object(self, queryset=None):
        articles = Article.objects.select_related(
            "category__parent__parent"
        ).prefetch_related(byline_prefetch(), "tags")
        user = self.request.user
        if not user.has_perm("articles.change_article"):
            articles = articles.published()
        article = get_object_or_404(articles, slug=self.kwargs["slug"])
        self.is_preview = not article.is_published
        return article

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        context["is_preview"] = self.is_preview
        context["breadcrumbs"] = article.category.ancestors_and_self()
        context["related"] = Article.objects.related_to(article)
        context["latest"] = (
            Article.objects.published()
            .exclude(pk=article.pk)
            .newest_first()
            .only("title", "slug", "publish_at")[:LATEST_COUNT]
        )
        context.update(comment_context(self.request, article))
        return context

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        if self.is_preview:
            add_never_cache_headers(response)
        return response


class ArticleListView(ListView):
    """A paginated list of published article cards; subclasses pick the filter."""

    paginate_by = settings.PAGE_SIZE
    template_name = "articles/article_list.html"
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


class TagView(ArticleListView):
    template_name = "articles/tag_detail.html"

    def filter_articles(self, articles):
        self.tag = get_object_or_404(Tag, slug=self.kwargs["slug"])
        return articles.filter(tags=self.tag)

    def get_context_data(self, **kwargs):
        return super().get_context_data(tag=self.tag, **kwargs)


class SearchView(ListView):
    """Ranked full-text search of published articles (see articles/search.py),
    narrowed by section and date range. Bad input gets a message, not an error."""

    template_name = "articles/search.html"
    context_object_name = "articles"
    paginate_by = settings.PAGE_SIZE

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
            articles.for_cards(),
            form.parsed,
            newest_first=form.cleaned_data["order"] == "newest",
        )

    def paginate_queryset(self, queryset, page_size):
        # A page number past the end (or not a number) shows the nearest page.
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get("page"))
        page.object_list = add_highlights(page.object_list)
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


class ArchiveMixin:
    """Published articles by date of publication, newest first, paginated."""

    date_field = "publish_at"
    ordering = ["-publish_at", "-pk"]
    paginate_by = settings.PAGE_SIZE
    context_object_name = "articles"

    def get_queryset(self):
        return Article.objects.published().for_cards()


class YearArchiveView(ArchiveMixin, dates.YearArchiveView):
    template_name = "articles/archive_year.html"
    make_object_list = True


class MonthArchiveView(ArchiveMixin, dates.MonthArchiveView):
    template_name = "articles/archive_month.html"
    month_format = "%m"

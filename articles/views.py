import functools
from datetime import timedelta

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.views.generic import DetailView, ListView, dates
from taggit.models import Tag

from comments.views import comment_context
from editions.models import Edition
from thinktank.pagecache import cached_for_version

from .models import Article, Category, TagAlias
from .queries import article_for_editors, article_for_readers
from .search import SearchForm, search_articles

SECTION_BLOCK_SIZE = 4
LATEST_COUNT = 6
RANKING_DAYS = 7
RANKING_COUNT = 5


def home(request):
    """The front page: a lead story, the latest, a block per top-level section
    and the most read and most discussed of the week.

    Each story appears once in the editorial blocks (lead, latest, sections).
    Which stories those are is worked out once per content version
    (`home_story_plan`); each request then reads their cards by primary key.
    Older stories page on at /stories/, where `?page=N` here leads.
    """
    if "page" in request.GET:
        return redirect(f"{reverse('articles:stories')}?{request.GET.urlencode()}")
    sections = Category.sections()
    plan = home_story_plan(sections)
    cards = {
        article.pk: article
        for article in Article.objects.published()
        .filter(pk__in=[plan["lead"], *plan["latest"], *plan["sections"]])
        .for_cards()
    }
    placed = sorted(
        (cards[pk] for pk in plan["sections"] if pk in cards),
        key=lambda article: (article.publish_at, article.pk),
        reverse=True,
    )
    blocks = []
    for section in sections:
        stories = [article for article in placed if article.section_id == section.pk]
        if stories:
            blocks.append((section, stories[0], stories[1:]))
    since = timezone.now() - timedelta(days=RANKING_DAYS)
    published = Article.objects.published().only("title", "slug")
    return render(
        request,
        "articles/home.html",
        {
            "lead": cards.get(plan["lead"]),
            "latest": [cards[pk] for pk in plan["latest"] if pk in cards],
            "section_blocks": blocks,
            "most_read": published.most_read(since=since)[:RANKING_COUNT],
            "most_discussed": published.most_discussed(since=since)[:RANKING_COUNT],
        },
    )


def home_story_plan(sections):
    """The home page's stories by primary key, each chosen once: the lead (the
    newest featured story, else the newest), the latest after it, then each
    section's newest few of the rest. Remembered until content changes.

    Three small queries: the lead, the latest, and one IN over a UNION of
    index-ordered slices per section (an OR of INs would scan the archive).
    """

    def select():
        newest = Article.objects.published().newest_first().values_list("pk", flat=True)
        top = list(newest[: LATEST_COUNT + 1])
        lead = newest.filter(featured=True).first() or (top[0] if top else None)
        latest = [pk for pk in top if pk != lead][:LATEST_COUNT]
        shown = [lead, *latest]
        slices = [
            newest.in_category(s).exclude(pk__in=shown)[:SECTION_BLOCK_SIZE]
            for s in sections
        ]
        if not slices:
            return {"lead": lead, "latest": latest, "sections": []}
        first, *rest = [
            Article.objects.filter(pk__in=part).order_by().values_list("pk", flat=True)
            for part in slices
        ]
        return {"lead": lead, "latest": latest, "sections": list(first.union(*rest))}

    return cached_for_version("home-plan", select)


def latest_stories():
    """The newest stories site-wide, one more than the sidebar shows (the page
    may leave itself out), remembered until the content changes."""
    return cached_for_version(
        "latest-stories",
        lambda: list(
            Article.objects.published()
            .newest_first()
            .only("title", "slug", "publish_at")[: LATEST_COUNT + 1]
        ),
    )


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_object(self, queryset=None):
        slug = self.kwargs["slug"]
        if self.request.user.has_perm("articles.change_article"):
            found = article_for_editors(slug=slug)
        else:
            found = article_for_readers(slug=slug, now=timezone.now())
        if not found:
            raise Http404("No such article.")
        article = found[0]
        # The category and its ancestors come from the cached tree, not a join;
        # the byline and tags from prepared queries (Article.byline, .tag_list).
        article.category = Category.by_pk()[article.category_id]
        self.is_preview = not article.is_published
        return article

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        context["is_preview"] = self.is_preview
        context["breadcrumbs"] = article.category.ancestors_and_self()
        context["related"] = Article.objects.related_to(article)
        # The sidebar is the same on every article page except the newest few,
        # which leave themselves out: they are its only variants.
        latest = latest_stories()
        context["latest"] = [story for story in latest if story != article][
            :LATEST_COUNT
        ]
        context["latest_variant"] = article.pk if article in latest else ""
        # The menu marks the story's section; editions come from a cached index.
        context["menu_section"] = context["breadcrumbs"][0].get_absolute_url()
        editions = Edition.index()
        context["edition"] = editions["by_article"].get(article.pk)
        context["latest_edition"] = editions["newest"]
        context.update(comment_context(self.request, article))
        return context

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        if self.is_preview:
            add_never_cache_headers(response)
        return response


class KeysFirstPaginator(Paginator):
    """Finds a page's articles by their primary keys, then reads only those rows.

    The ordering and slicing run in a subquery that selects keys alone, which
    the database answers from an index without reading and sorting the full
    rows of every matching article (16,000 for a section at 100,000 articles).
    The count, which has to visit every match, is remembered per content
    version under `count_name`.
    """

    def __init__(self, *args, count_name, **kwargs):
        super().__init__(*args, **kwargs)
        self.count_name = count_name

    @cached_property
    def count(self):
        return cached_for_version(
            self.count_name, lambda: Paginator.count.func(self), prefetch=False
        )

    def _get_page(self, object_list, number, paginator):
        rows = self.object_list.filter(pk__in=object_list.values("pk"))
        return super()._get_page(rows, number, paginator)


class KeysFirstPagination:
    """List views paginated by KeysFirstPaginator; a list is named by its path."""

    paginate_by = settings.PAGE_SIZE
    paginator_class = KeysFirstPaginator

    def get_paginator(self, queryset, per_page, **kwargs):
        return super().get_paginator(
            queryset, per_page, count_name=f"list-count:{self.request.path}", **kwargs
        )


class ArticleListView(KeysFirstPagination, ListView):
    """A paginated list of published article cards; subclasses pick the filter."""

    template_name = "articles/article_list.html"
    context_object_name = "articles"

    def get_queryset(self):
        return (
            self.filter_articles(Article.objects.published()).for_cards().newest_first()
        )


class CategoryView(ArticleListView):
    template_name = "articles/category_detail.html"

    def filter_articles(self, articles):
        # From the cached tree, with its parents: no query.
        self.category = Category.at_path(self.kwargs["path"])
        if self.category is None:
            raise Http404("No such category.")
        return articles.in_category(self.category)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            category=self.category,
            breadcrumbs=self.category.ancestors_and_self(),
            subcategories=Category.children_of(self.category),
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
        self.tag = get_object_or_404(Tag, slug=self.kwargs["slug"])
        return articles.filter(tags=self.tag)

    def get_context_data(self, **kwargs):
        return super().get_context_data(tag=self.tag, **kwargs)


def follow_merged_tags(view):
    """A tag page or feed that answers "not found" because its tag was merged
    into another sends the reader on, for good, to the same page of the tag
    it became; the lookup runs only on that rare path."""

    @functools.wraps(view)
    def wrapped(request, *args, slug, **kwargs):
        try:
            return view(request, *args, slug=slug, **kwargs)
        except Http404:
            alias = (
                TagAlias.objects.filter(slug=slug)
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
            articles,
            form.parsed,
            newest_first=form.cleaned_data["order"] == "newest",
        )

    def paginate_queryset(self, queryset, page_size):
        # A page number past the end (or not a number) shows the nearest page.
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


class ArchiveMixin(KeysFirstPagination):
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

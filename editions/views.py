from django.conf import settings
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from articles import keys
from articles.models import Article
from thinktank.pagecache import add_keys

from .models import Edition


class EditionListView(ListView):
    """Every edition, newest first, with its cover."""

    template_name = "editions/edition_list.html"
    context_object_name = "editions"
    paginate_by = settings.PAGE_SIZE

    def get_queryset(self):
        return Edition.objects.out()  # today's: not a class attribute

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        return add_keys(response, [keys.EDITIONS])


class EditionDetailView(DetailView):
    """An edition's cover and its table of contents, in the editors' order."""

    template_name = "editions/edition_detail.html"
    context_object_name = "edition"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Edition.objects.out(),
            volume=self.kwargs["volume"],
            number=self.kwargs["number"],
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            contents=list(
                Article.objects.published()
                .filter(edition_entry__edition=self.object)
                .for_cards()
                .order_by("edition_entry__position", "edition_entry__pk")
            ),
            **kwargs,
        )

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        shown = keys.of_articles(context["contents"])
        return add_keys(response, {keys.EDITIONS, keys.LISTS, *shown})

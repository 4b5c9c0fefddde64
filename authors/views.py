from django.shortcuts import get_object_or_404

from articles import keys
from articles.views import ArticleListView

from .models import Author


class AuthorView(ArticleListView):
    """An author's bio and their published articles, newest first."""

    template_name = "authors/author_detail.html"

    def filter_articles(self, articles):
        self.author = get_object_or_404(Author, slug=self.kwargs["slug"])
        return articles.filter(authors=self.author)

    def get_context_data(self, **kwargs):
        return super().get_context_data(author=self.author, **kwargs)

    def list_keys(self):
        return {keys.author(self.author.pk)}

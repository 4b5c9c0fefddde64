"""The demo site's pages are valid where it counts: every picture sized."""

import re
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User

from articles.models import Article

pytestmark = pytest.mark.django_db


def test_every_picture_on_the_demo_article_pages_has_its_dimensions(client, demo):
    with_figures = 0
    for article in Article.objects.published():
        page = client.get(article.get_absolute_url()).content.decode()
        for img in re.findall(r"<img [^>]*>", page):
            assert re.search(r' width="\d+" height="\d+"', img), img
        if "<figure data-photo=" in page:
            with_figures += 1
            assert 'srcset="/media/renditions/photos/' in page
    assert with_figures  # the demo places pictures in some bodies


def test_the_demo_contributor_may_carry_on_the_demo_draft(client, demo):
    client.force_login(User.objects.get(username="contributor"))
    [draft] = Article.objects.filter(status=Article.Status.DRAFT)
    page = client.get(f"/admin/articles/article/{draft.pk}/change/")
    assert 'name="_save"' in page.content.decode()


def test_reader_pages_never_open_a_picture_file(client, demo):
    """Every picture's dimensions are stored, so a page reads no file: with
    the media folder gone (a restore not finished, a full disk) pages still
    render. Django measured the demo's promos and cover on every page from
    their files, and a missing file was a 500."""
    shutil.rmtree(Path(settings.MEDIA_ROOT))
    article = Article.objects.published().filter(edition_entry__isnull=False)[0]
    for path in ("/", article.get_absolute_url(), "/editions/"):
        assert client.get(path).status_code == 200, path

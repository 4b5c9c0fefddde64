import io

import pytest
from django.core.management import call_command

from articles.models import Article
from comments.models import Comment
from readership.models import DailyReads

pytestmark = pytest.mark.django_db


def test_seed_fills_a_browsable_archive_of_the_demo_shape(client):
    call_command("seed", articles=40, comments=200, stdout=io.StringIO())
    assert Article.objects.published().count() == 40
    assert Comment.objects.count() == 200
    for article in Article.objects.select_related("category", "section"):
        assert article.section == article.category.ancestors_and_self()[0]
        assert 3 <= article.tags.count() <= 5
    article = Article.objects.published().first()
    assert client.get(article.get_absolute_url()).status_code == 200
    assert client.get(article.section.get_absolute_url()).status_code == 200
    # two weeks of reads, which the front page's "most read" ranks
    assert DailyReads.objects.dates("day", "day").count() == 14
    home = client.get("/").content.decode()
    assert 'id="most-read-heading"' in home

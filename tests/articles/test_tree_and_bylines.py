"""Bylines keep their order, and category pages come from the cached tree."""

import pytest
from django.template.loader import render_to_string

from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def byline(authors, link=False):
    return render_to_string("articles/_byline.html", {"authors": authors, "link": link})


def article_card(article, **options):
    return render_to_string("articles/_card.html", {"article": article, **options})


@pytest.fixture
def two_author_article():
    """An article whose second author was added to the database first, so
    byline order and key order disagree."""
    second, first = AuthorFactory(name="Zoe Second"), AuthorFactory(name="Abe First")
    return ArticleFactory(authors=[first, second])


def test_the_article_page_lists_authors_in_byline_order(client, two_author_article):
    page = client.get(two_author_article.get_absolute_url()).content.decode()
    byline = page.split('class="article__byline"')[1].split("</p>")[0]

    assert byline.index("Abe First") < byline.index("Zoe Second")


def test_cards_and_the_admin_list_authors_in_byline_order(
    client, editor_client, two_author_article
):
    home = client.get("/").content.decode()
    admin = editor_client.get("/admin/articles/article/").content.decode()

    assert home.index("Abe First") < home.index("Zoe Second")
    assert "Abe First, Zoe Second" in admin


def test_a_byline_joins_names_as_prose_and_escapes_them():
    ana, ben, cy = (AuthorFactory(name=name) for name in ("Ana", "Ben <b>", "Cy"))

    assert byline([]) == ""
    assert byline([ana]) == "Ana"
    assert byline([ana, ben]) == "Ana and Ben &lt;b&gt;"
    assert byline([ana, ben, cy]) == "Ana, Ben &lt;b&gt; and Cy"
    assert byline([ana, cy], link=True) == (
        f'<a href="{ana.get_absolute_url()}">Ana</a> and '
        f'<a href="{cy.get_absolute_url()}">Cy</a>'
    )


def test_a_card_escapes_what_editors_wrote_and_counts_comments(client):
    article = ArticleFactory(
        title="Tariffs & <i>trade</i>", standfirst="Why “x < y” matters", with_hero=True
    )
    article.comment_count = 1

    card = article_card(article, size="row", show_image=True, show_standfirst=True)

    assert card.startswith('<article class="card card--row">')
    assert "Tariffs &amp; &lt;i&gt;trade&lt;/i&gt;" in card
    assert "Why “x &lt; y” matters" in card
    assert 'class="card__image"' in card and 'loading="lazy"' in card
    assert f'href="{article.get_absolute_url()}#comments">1 comment</a>' in card
    article.comment_count = 3
    assert ">3 comments</a>" in article_card(article)
    article.comment_count = 0
    plain = article_card(article)
    assert "card__comments" not in plain
    assert "card__image" not in plain and "card__standfirst" not in plain


def test_a_category_page_lists_its_sub_categories_in_menu_order(client):
    economy = CategoryFactory(name="Economy", slug="economy")
    CategoryFactory(
        name="Aardvark Markets", slug="aardvark", parent=economy, position=2
    )
    CategoryFactory(name="Trade", slug="trade", parent=economy, position=1)
    ArticleFactory(category=economy)

    page = client.get(economy.get_absolute_url()).content.decode()

    assert page.index("Trade") < page.index("Aardvark Markets")


def test_an_unknown_category_answers_404(client):
    CategoryFactory(name="Economy", slug="economy")

    assert client.get("/category/economy/no-such-branch/").status_code == 404
    assert client.get("/category/nowhere/").status_code == 404

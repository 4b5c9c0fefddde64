"""The admin's front page shows what needs the editors."""

import html
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def desk(client):
    page = client.get("/admin/").content.decode()
    start = page.index("Needs attention")
    return page[start : page.index("</div>", start)]


def section(html, heading):
    start = html.index(heading)
    return html[start : html.find("</table>", start)]


def test_the_front_page_lists_the_four_queues(editor_client, editor):
    ArticleFactory(title="Please read me", status="review")
    ArticleFactory(
        title="Out on Tuesday", publish_at=timezone.now() + timedelta(days=2)
    )
    ArticleFactory(
        title="Out next month", publish_at=timezone.now() + timedelta(days=30)
    )
    ArticleFactory(title="Just out")
    ArticleFactory(title="My own draft", draft=True, created_by=editor)
    ArticleFactory(title="Someone else's draft", draft=True)
    html = desk(editor_client)
    assert "Please read me" in section(html, "Awaiting review")
    scheduled = section(html, "Scheduled in the next seven days")
    assert "Out on Tuesday" in scheduled and "Out next month" not in scheduled
    assert "Just out" in section(html, "Recently published")
    drafts = section(html, "My drafts")
    assert "My own draft" in drafts and "Someone else" not in drafts


def test_a_draft_in_my_byline_is_mine(contributor_client, contributor):
    from tests.factories import AuthorFactory

    ArticleFactory(
        title="Co-written", draft=True, authors=[AuthorFactory(user=contributor)]
    )
    assert "Co-written" in section(desk(contributor_client), "My drafts")


def test_the_front_page_cost_does_not_grow(
    editor_client, django_assert_max_num_queries
):
    for _ in range(3):
        ArticleFactory(status="review")
        ArticleFactory(scheduled=True)
    editor_client.get("/admin/")
    # Session, user, two for permissions, the comments waiting, four queues.
    with django_assert_max_num_queries(9, info="admin index"):
        editor_client.get("/admin/")


def test_my_drafts_leads_to_my_drafts_only(editor_client, editor):
    """The heading led to every draft (?state=draft): past the five shown, an
    editor looking for the rest of their own met everyone's."""
    from tests.factories import AuthorFactory

    ArticleFactory(title="My own draft", draft=True, created_by=editor)
    ArticleFactory(
        title="In my byline", draft=True, authors=[AuthorFactory(user=editor)]
    )
    ArticleFactory(title="Someone else's draft", draft=True)
    ArticleFactory(title="My published piece", created_by=editor)
    link = re.search(
        r'<a href="([^"]+)" class="section">My drafts</a>', desk(editor_client)
    )

    listed = editor_client.get(html.unescape(link.group(1))).content.decode()
    assert "My own draft" in listed and "In my byline" in listed
    assert "Someone else" not in listed and "My published piece" not in listed


def test_the_authors_filter_names_its_choice_for_articles_without_one(editor_client):
    """Its last choice read "-", which a screen reader reads as "dash"."""
    from tests.factories import AuthorFactory

    ArticleFactory(title="Bylined", authors=[AuthorFactory(name="Ines Roy")])
    ArticleFactory(title="Unsigned").byline_set.all().delete()

    listed = editor_client.get("/admin/articles/article/").content.decode()
    filters = listed[listed.index('data-filter-title="authors"') :]
    assert "Ines Roy" in filters
    no_author = re.search(r'<a href="([^"]+)">No author</a>', filters)
    assert no_author, "the choice for articles with no author"
    assert ">-</a>" not in filters[: filters.index("</details>")]

    chosen = editor_client.get(
        "/admin/articles/article/" + html.unescape(no_author.group(1))
    ).content.decode()
    assert "Unsigned" in chosen and "Bylined" not in chosen

"""States, who may move an article between them, and the dates readers see."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from articles.models import Article
from tests.factories import ArticleFactory, AuthorFactory

from .forms import change_form, change_url

pytestmark = pytest.mark.django_db


def test_a_contributor_submits_for_review_but_cannot_publish(
    contributor_client, contributor
):
    article = ArticleFactory(draft=True, publish_at=None, created_by=contributor)
    refused = contributor_client.post(
        change_url(article), change_form(article, status="published")
    )
    assert refused.status_code == 200
    assert "Only editors can publish" in refused.content.decode()
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT

    submitted = contributor_client.post(
        change_url(article), change_form(article, status="review")
    )
    assert submitted.status_code == 302
    article.refresh_from_db()
    assert article.state == Article.State.REVIEW


def assert_read_only(client, article, **changes):
    """The article's form has no save button, and a post of `changes` is
    refused and changes nothing."""
    before = Article.objects.values().get(pk=article.pk)
    page = client.get(change_url(article))
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    refused = client.post(change_url(article), change_form(article, **changes))
    assert refused.status_code == 403
    assert Article.objects.values().get(pk=article.pk) == before


def test_a_contributor_cannot_withdraw_or_edit_a_published_article(
    contributor_client,
):
    assert_read_only(contributor_client, ArticleFactory(), status="withdrawn")


def test_a_contributor_changes_only_their_own_drafts(contributor_client, contributor):
    colleagues = ArticleFactory(draft=True, publish_at=None, title="Hers")
    assert_read_only(contributor_client, colleagues, title="Mine now")

    # A draft with the contributor's byline is theirs too, whoever started it.
    shared = ArticleFactory(draft=True, publish_at=None, title="Ours")
    shared.authors.add(AuthorFactory(user=contributor))
    saved = contributor_client.post(
        change_url(shared), change_form(shared, title="Ours, revised")
    )
    assert saved.status_code == 302
    shared.refresh_from_db()
    assert shared.title == "Ours, revised"


def test_a_contributor_cannot_set_the_publication_date(contributor_client, contributor):
    article = ArticleFactory(draft=True, publish_at=None, created_by=contributor)
    tomorrow = timezone.localtime() + timedelta(days=1)
    contributor_client.post(
        change_url(article),
        change_form(
            article,
            publish_at_0=tomorrow.strftime("%Y-%m-%d"),
            publish_at_1="09:00:00",
        ),
    )
    article.refresh_from_db()
    assert article.publish_at is None


def test_a_refused_save_shows_the_state_the_article_is_still_in(editor_client):
    article = ArticleFactory(draft=True, publish_at=None)

    response = editor_client.post(
        change_url(article),
        change_form(article, status="published", publish_at_1="10:00"),
    )

    assert "Enter a valid date." in response.content.decode()
    assert re.search(
        r'field-state_label.*?<div class="readonly">Draft</div>',
        response.content.decode(),
        re.S,
    )


def test_a_contributor_cannot_feature_an_article(contributor_client, contributor):
    article = ArticleFactory(draft=True, publish_at=None, created_by=contributor)
    form = contributor_client.get(change_url(article)).content.decode()
    assert 'name="featured"' not in form

    contributor_client.post(change_url(article), change_form(article, featured="on"))

    article.refresh_from_db()
    assert article.featured is False


@pytest.mark.parametrize("status", ["published", "withdrawn", "review", "draft"])
def test_an_editor_may_set_every_status(editor_client, status):
    article = ArticleFactory(draft=True, publish_at=None)
    response = editor_client.post(
        change_url(article), change_form(article, status=status)
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == status


def test_withdrawn_articles_are_gone_for_readers(editor_client, client):
    article = ArticleFactory()
    editor_client.post(change_url(article), change_form(article, status="withdrawn"))
    assert client.get(article.get_absolute_url()).status_code == 404


def test_the_publication_date_is_when_it_is_first_published(editor_client):
    with time_machine.travel(timezone.now() - timedelta(days=2)):
        article = ArticleFactory(draft=True, publish_at=None)
    assert article.publish_at is None
    editor_client.post(change_url(article), change_form(article, status="published"))
    article.refresh_from_db()
    assert timezone.now() - article.publish_at < timedelta(minutes=1)
    assert article.state == Article.State.PUBLISHED


def test_a_scheduled_article_is_dated_at_its_scheduled_time(editor_client):
    article = ArticleFactory(draft=True, publish_at=None)
    when = timezone.localtime() + timedelta(days=3)
    editor_client.post(
        change_url(article),
        change_form(
            article,
            status="published",
            publish_at_0=when.strftime("%Y-%m-%d"),
            publish_at_1=when.strftime("%H:%M:00"),
        ),
    )
    article.refresh_from_db()
    assert article.state == Article.State.SCHEDULED
    assert article.publish_at == when.replace(second=0, microsecond=0)


def test_updated_shows_only_when_an_editor_marks_the_edit(editor_client, client):
    article = ArticleFactory(publish_at=timezone.now() - timedelta(days=3))
    editor_client.post(change_url(article), change_form(article, featured="on"))
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Updated" not in page

    editor_client.post(
        change_url(article),
        change_form(article, body="<p>New figures.</p>", mark_as_update="on"),
    )
    article.refresh_from_db()
    assert timezone.now() - article.revised_at < timedelta(minutes=1)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Updated" in page


def test_the_review_email_goes_to_the_editors_once_after_commit(
    contributor_client,
    contributor,
    editor,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    article = ArticleFactory(
        draft=True, publish_at=None, title="Grain routes", created_by=contributor
    )
    with django_capture_on_commit_callbacks() as callbacks:
        contributor_client.post(
            change_url(article), change_form(article, status="review")
        )
        assert mailoutbox == []  # nothing before the commit
    for callback in callbacks:
        callback()
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [editor.email]
    assert "Grain routes" in mailoutbox[0].subject
    assert change_url(article) in mailoutbox[0].body

    # Saving again while in review asks nobody twice.
    with django_capture_on_commit_callbacks(execute=True):
        contributor_client.post(
            change_url(article), change_form(article, status="review")
        )
    assert len(mailoutbox) == 1


def test_the_list_filters_by_state_scheduled_included(editor_client):
    ArticleFactory(title="Out now")
    ArticleFactory(title="Coming soon", scheduled=True)
    ArticleFactory(title="Waiting", status="review")
    page = editor_client.get(
        "/admin/articles/article/?state=scheduled"
    ).content.decode()
    assert "Coming soon" in page
    assert "Out now" not in page and "Waiting" not in page
    page = editor_client.get(
        "/admin/articles/article/?state=published"
    ).content.decode()
    assert "Out now" in page and "Coming soon" not in page


def test_the_list_shows_each_state(editor_client):
    ArticleFactory(scheduled=True)
    page = editor_client.get("/admin/articles/article/").content.decode()
    assert '<span class="article-state article-state--scheduled">Scheduled' in page


def test_admin_search_finds_by_author_name_and_body_words(editor_client):
    ArticleFactory(title="By Okafor", authors=[AuthorFactory(name="Ngozi Okafor")])
    ArticleFactory(title="About wheat", body="<p>The harvest of durum wheat.</p>")
    ArticleFactory(title="Other")
    by_author = editor_client.get("/admin/articles/article/?q=Okafor").content.decode()
    assert "By Okafor" in by_author and "Other" not in by_author
    by_body = editor_client.get("/admin/articles/article/?q=durum").content.decode()
    assert "About wheat" in by_body and "Other" not in by_body


def test_admin_search_finds_a_pasted_web_address(editor_client):
    article = ArticleFactory(title="Ports and tariffs", slug="ports-and-tariffs-2026")
    ArticleFactory(title="Other")
    page = editor_client.get(
        f"/admin/articles/article/?q=https://journal.example{article.get_absolute_url()}"
    ).content.decode()
    assert "Ports and tariffs" in page and "Other" not in page


def test_admin_search_lists_the_newest_matches_and_says_so(editor_client, monkeypatch):
    monkeypatch.setattr("articles.admin.SEARCH_LIMIT", 2)
    monkeypatch.setattr("articles.search.MAX_RESULTS", 2)
    for n in range(3):
        ArticleFactory(
            title=f"Wheat story {n}", publish_at=timezone.now() - timedelta(days=n)
        )
    page = editor_client.get("/admin/articles/article/?q=wheat").content.decode()
    assert "Wheat story 0" in page and "Wheat story 1" in page
    assert "Wheat story 2" not in page
    assert "More than 2 articles match “wheat”" in page


def test_the_category_filter_takes_in_sub_categories(editor_client):
    parent = ArticleFactory(title="In the section").category
    child = ArticleFactory(title="In the branch", category__parent=parent).category
    ArticleFactory(title="Elsewhere")
    page = editor_client.get(
        f"/admin/articles/article/?in_category={parent.pk}"
    ).content.decode()
    assert "In the section" in page and "In the branch" in page
    assert "Elsewhere" not in page
    assert child.name in page  # offered in the filter too


def test_the_review_email_goes_for_a_headline_with_a_line_break(
    contributor_client,
    contributor,
    editor,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    """A line break in the headline (a crafted form; the field shows one
    line) made the mail library refuse the subject, at every retry: the
    editors never heard of the article."""
    article = ArticleFactory(draft=True, publish_at=None, created_by=contributor)
    headline = "Grain routes\r\nBcc: someone@example.com"
    with django_capture_on_commit_callbacks(execute=True):
        contributor_client.post(
            change_url(article), change_form(article, title=headline, status="review")
        )
    assert len(mailoutbox) == 1
    assert mailoutbox[0].subject.endswith(
        "Review requested: “Grain routes Bcc: someone@example.com”"
    )
    assert mailoutbox[0].bcc == []


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_a_publication_date_out_of_reach_is_refused(editor_client, day):
    article = ArticleFactory(draft=True, publish_at=None)
    response = editor_client.post(
        change_url(article),
        change_form(article, publish_at_0=day, publish_at_1="23:00:00"),
    )
    assert response.status_code == 200
    assert "Choose a date between 1900 and 2199." in response.content.decode()
    article.refresh_from_db()
    assert article.publish_at is None


def test_an_article_a_contributor_may_only_read_shows_its_body_as_readers_do(
    contributor_client, editor_client
):
    article = ArticleFactory(body="<p>Ports <strong>reopen</strong>.</p>")

    html = contributor_client.get(change_url(article)).content.decode()

    assert (
        '<div class="body-as-published"><p>Ports <strong>reopen</strong>.</p></div>'
        in html
    )
    assert "&lt;p&gt;" not in html
    # An editor, who may change it, gets the editor's box.
    editor_html = editor_client.get(change_url(article)).content.decode()
    assert 'name="body"' in editor_html
    assert "body-as-published" not in editor_html


def test_a_link_without_an_address_is_refused_and_the_text_kept(editor_client):
    # The editor's link dialog empties a javascript: address: the link led
    # back to the page itself, without a word to the editor.
    article = ArticleFactory(draft=True, publish_at=None, body="<p>Before.</p>")
    body = '<p>Read <a href="" title="">the report</a> first.</p>'

    response = editor_client.post(change_url(article), change_form(article, body=body))

    html = response.content.decode()
    assert response.status_code == 200
    assert "The link on “the report” has no address the journal allows" in html
    assert "the report</a> first." in html.replace("&lt;", "<").replace("&gt;", ">")
    article.refresh_from_db()
    assert article.body == "<p>Before.</p>"


def test_a_review_email_is_dropped_for_an_article_gone_or_out_of_review(
    contributor, editor, mailoutbox
):
    # The task ran after the article was deleted or published meanwhile: no
    # email, and no failed task retried for nothing.
    from articles.tasks import send_review_request

    gone = ArticleFactory(status="review", publish_at=None, created_by=contributor)
    published = ArticleFactory(created_by=contributor)
    waiting = ArticleFactory(status="review", publish_at=None, title="Grain routes")
    gone_pk = gone.pk
    gone.delete()

    for article_id in (gone_pk, published.pk):
        send_review_request.call(article_id=article_id, requested_by_id=contributor.pk)
    assert mailoutbox == []
    requested_by = contributor.pk
    contributor.delete()  # whoever asked left meanwhile
    send_review_request.call(article_id=waiting.pk, requested_by_id=requested_by)
    assert [m.to for m in mailoutbox] == [[editor.email]]

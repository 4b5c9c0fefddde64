"""Bulk actions on the article list: one service call each, permission-checked,
reporting what they did and what they left alone."""

import re
from datetime import timedelta

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from articles.models import Article, ArticleTag
from articles.services import publish_articles
from tests.conftest import boxes_and_what_they_say
from tests.factories import ArticleFactory, CategoryFactory
from thinktank.pagecache import current_generation

pytestmark = pytest.mark.django_db

LIST = "/admin/articles/article/"


def act(client, action, articles, **extra):
    data = {"action": action, ACTION_CHECKBOX_NAME: [a.pk for a in articles], **extra}
    return client.post(LIST, data, follow=True)


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def states(*articles):
    return [Article.objects.get(pk=a.pk).state for a in articles]


def test_publish_now_publishes_drafts_and_reports_the_live_ones(editor_client):
    drafts = ArticleFactory.create_batch(2, draft=True, publish_at=None, tags=["x"])
    live = ArticleFactory(title="Already out")
    before = current_generation()
    response = act(editor_client, "publish_now", [*drafts, live])
    assert current_generation() == before + 1  # one purge of the page cache
    assert states(*drafts) == [Article.State.PUBLISHED] * 2
    assert "Published: 2 articles." in messages_of(response)
    assert "Left alone (already published): “Already out”." in messages_of(response)
    # Their tags list them for related stories from now on.
    assert None not in ArticleTag.objects.filter(content_object__in=drafts).values_list(
        "listed_at", flat=True
    )


def test_publish_now_gives_a_withdrawn_article_back_its_own_date(editor_client):
    first_out = timezone.now() - timedelta(days=30)
    withdrawn = ArticleFactory(
        status=Article.Status.WITHDRAWN, publish_at=first_out, tags=["x"]
    )
    draft = ArticleFactory(draft=True, publish_at=None, tags=["x"])

    response = act(editor_client, "publish_now", [withdrawn, draft])

    assert "Published: 2 articles." in messages_of(response)
    withdrawn.refresh_from_db(), draft.refresh_from_db()
    assert withdrawn.publish_at == first_out  # not news again
    assert draft.publish_at > first_out
    assert withdrawn.state == draft.state == Article.State.PUBLISHED
    listed = dict(
        ArticleTag.objects.values_list("content_object", "listed_at").filter(
            content_object__in=[withdrawn, draft]
        )
    )
    assert listed == {withdrawn.pk: first_out, draft.pk: draft.publish_at}


def test_the_schedule_times_boxes_are_named_and_tied_to_their_error(editor_client):
    """The date and time boxes had no name, and the refusal ("This field is
    required.", "Choose a time ahead") was tied to neither."""
    drafts = ArticleFactory.create_batch(2, draft=True, publish_at=None)
    refused = act(editor_client, "schedule", drafts, post="yes", at_0="", at_1="")
    help_text = "A time ahead; readers see the articles from then on."

    said = boxes_and_what_they_say(refused.content.decode(), "at")

    assert said == {
        "Publish at, date": [help_text, "This field is required."],
        "Publish at, time": [help_text, "This field is required."],
    }


def test_schedule_asks_for_a_time_ahead_then_schedules(editor_client):
    drafts = ArticleFactory.create_batch(2, draft=True, publish_at=None)
    form = act(editor_client, "schedule", drafts)
    assert "Publish at" in form.content.decode()
    # The confirmation page sends the chosen articles and the action again.
    for draft in drafts:
        assert (
            f'name="{ACTION_CHECKBOX_NAME}" value="{draft.pk}"' in form.content.decode()
        )
    assert (
        '<input type="hidden" name="action" value="schedule">' in form.content.decode()
    )
    past = act(
        editor_client,
        "schedule",
        drafts,
        post="yes",
        at_0=(timezone.localtime() - timedelta(days=1)).strftime("%Y-%m-%d"),
        at_1="09:00",
    )
    assert "Choose a time ahead" in past.content.decode()
    when = timezone.localtime() + timedelta(days=2)
    done = act(
        editor_client,
        "schedule",
        drafts,
        post="yes",
        at_0=when.strftime("%Y-%m-%d"),
        at_1="09:00",
    )
    assert "Scheduled: 2 articles." in messages_of(done)
    assert states(*drafts) == [Article.State.SCHEDULED] * 2


def test_schedule_refuses_a_year_out_of_reach(editor_client):
    draft = ArticleFactory(draft=True, publish_at=None)
    # 23:00 on the last day of 9999 in New York is in year 10000 in UTC.
    response = act(
        editor_client, "schedule", [draft], post="yes", at_0="9999-12-31", at_1="23:00"
    )
    assert "Choose a date between 1900 and 2199." in response.content.decode()
    assert states(draft) == [Article.State.DRAFT]


def test_withdraw_takes_articles_from_readers(editor_client, client):
    live, draft = ArticleFactory(), ArticleFactory(draft=True, title="Never out")
    response = act(editor_client, "withdraw", [live, draft])
    assert states(live) == [Article.State.WITHDRAWN]
    assert client.get(live.get_absolute_url()).status_code == 404
    assert "Left alone (not published or scheduled): “Never out”." in messages_of(
        response
    )


def test_feature_and_unfeature(editor_client):
    articles = ArticleFactory.create_batch(2)
    act(editor_client, "feature", articles)
    assert all(Article.objects.get(pk=a.pk).featured for a in articles)
    act(editor_client, "unfeature", articles)
    assert not any(Article.objects.get(pk=a.pk).featured for a in articles)


def test_move_to_a_category_moves_section_and_tag_copies(editor_client):
    articles = ArticleFactory.create_batch(2, tags=["ports"])
    section = CategoryFactory()
    branch = CategoryFactory(parent=section)
    response = act(
        editor_client, "move_to_category", articles, post="yes", category=branch.pk
    )
    assert f"Moved to “{branch}”: 2 articles." in messages_of(response)
    for article in Article.objects.filter(pk__in=[a.pk for a in articles]):
        assert (article.category_id, article.section_id) == (branch.pk, section.pk)
    assert set(
        ArticleTag.objects.filter(content_object__in=articles).values_list(
            "category", flat=True
        )
    ) == {branch.pk}


def test_add_a_tag_to_articles_new_or_existing(editor_client):
    tagged = ArticleFactory(tags=["Energy"])
    other = ArticleFactory()
    response = act(editor_client, "add_tag", [tagged, other], post="yes", name="energy")
    assert "Tagged “Energy”: 2 articles." in messages_of(response)
    assert list(other.tags.names()) == ["Energy"]
    assert list(tagged.tags.names()) == ["Energy"]


@pytest.mark.parametrize(
    "action", ["publish_now", "schedule", "withdraw", "feature", "unfeature"]
)
def test_a_contributor_is_not_offered_nor_allowed_the_editors_actions(
    contributor_client, action, contributor
):
    draft = ArticleFactory(draft=True, publish_at=None, created_by=contributor)
    page = contributor_client.get(LIST).content.decode()
    assert f'value="{action}"' not in page
    act(contributor_client, action, [draft], post="yes")
    assert states(draft) == [Article.State.DRAFT]
    assert not Article.objects.get(pk=draft.pk).featured


def test_the_publishing_service_refuses_a_contributor(contributor):
    draft = ArticleFactory(draft=True, publish_at=None)
    with pytest.raises(PermissionDenied):
        publish_articles(articles=[draft], by=contributor)
    assert states(draft) == [Article.State.DRAFT]


def test_a_contributor_moves_only_their_drafts(contributor_client, contributor):
    draft = ArticleFactory(draft=True, publish_at=None, created_by=contributor)
    live = ArticleFactory(title="Out already", created_by=contributor)
    colleagues = ArticleFactory(draft=True, publish_at=None, title="Not hers")
    category = CategoryFactory()
    response = act(
        contributor_client,
        "move_to_category",
        [draft, live, colleagues],
        post="yes",
        category=category.pk,
    )
    assert Article.objects.get(pk=draft.pk).category == category
    assert Article.objects.get(pk=live.pk).category != category
    assert Article.objects.get(pk=colleagues.pk).category != category
    [left_alone] = [m for m in messages_of(response) if m.startswith("Left alone")]
    assert left_alone.startswith(
        "Left alone (a contributor changes only their own drafts and articles in "
        "review): "
    )
    assert "“Out already”" in left_alone and "“Not hers”" in left_alone


def test_each_bulk_change_is_a_revision_history_can_undo(editor_client, editor):
    from reversion.models import Version

    article = ArticleFactory(tags=["ports"])
    act(editor_client, "withdraw", [article])
    [version] = Version.objects.get_for_object(article)
    assert version.revision.user == editor
    assert version.revision.comment == "Withdrawn (bulk action)."
    assert version.field_dict["status"] == Article.Status.WITHDRAWN


def test_no_take_me_back_leads_to_the_list_as_it_was(editor_client):
    """It went back a step in the browser's history: after a refused time,
    that step was the page the first try had posted, and Chromium showed
    "Confirm Form Resubmission" (ERR_CACHE_MISS) instead of the list."""
    drafts = ArticleFactory.create_batch(2, draft=True, publish_at=None)
    data = {"action": "schedule", ACTION_CHECKBOX_NAME: [a.pk for a in drafts]}
    data.update(post="yes", at_0="2020-01-01", at_1="09:00")
    refused = editor_client.post(LIST + "?state=draft&o=1", data)
    assert "Choose a time ahead" in refused.content.decode()

    html = refused.content.decode()
    back = re.search(r'<a href="([^"]*)"[^>]*>No, take me back</a>', html)
    assert back and back.group(1) == LIST + "?state=draft&amp;o=1"
    assert "cancel.js" not in html

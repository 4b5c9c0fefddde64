"""Every save keeps a revision; any two compare; any one restores, unpublished."""

import re

import pytest
import reversion
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Group
from django.test import Client
from reversion.models import Version

from articles.models import Article, Correction
from tests.factories import ArticleFactory, AuthorFactory

from .forms import change_form, change_url

pytestmark = pytest.mark.django_db


def versions(article):
    return list(Version.objects.get_for_object(article).select_related("revision"))


def test_each_save_keeps_a_revision_with_who_and_everything_set(editor_client, editor):
    first, second = AuthorFactory(name="First Author"), AuthorFactory()
    article = ArticleFactory(authors=[first, second], tags=["grain"])
    response = editor_client.post(
        change_url(article),
        change_form(article, standfirst="A new standfirst.", hero_caption="At dusk"),
    )
    assert response.status_code == 302
    [version] = versions(article)
    assert version.revision.user == editor
    assert version.field_dict["standfirst"] == "A new standfirst."
    assert version.field_dict["hero_caption"] == "At dusk"
    followed = {v.content_type.model: v for v in version.revision.version_set.all()}
    assert set(followed) == {"article", "byline", "articletag"}
    bylines = sorted(
        (v.field_dict["position"], v.field_dict["author_id"])
        for v in version.revision.version_set.all()
        if v.content_type.model == "byline"
    )
    assert bylines == [(0, first.pk), (1, second.pk)]


def test_the_history_lists_revisions_and_compares_two_word_by_word(editor_client):
    article = ArticleFactory(body="<p>The grain deal lapsed in July.</p>")
    editor_client.post(change_url(article), change_form(article))
    editor_client.post(
        change_url(article),
        change_form(article, body="<p>The grain deal was renewed in July.</p>"),
    )
    older, newer = sorted(v.pk for v in versions(article))
    history = editor_client.get(f"{change_url(article)[:-7]}history/")
    assert history.status_code == 200
    compare = editor_client.get(
        f"/admin/articles/article/{article.pk}/history/compare/",
        {"version_id1": older, "version_id2": newer},
    )
    page = compare.content.decode()
    assert compare.status_code == 200
    assert "<del>lapsed</del>" in page
    assert "<ins>was renewed</ins>" in page
    assert "&lt;p&gt;" not in page  # words, not markup


def test_restoring_brings_back_the_text_as_a_new_revision_and_never_publishes(
    editor_client,
):
    article = ArticleFactory(standfirst="The original standfirst.")
    editor_client.post(change_url(article), change_form(article))
    [original] = versions(article)
    # Overwritten by mistake, then withdrawn.
    editor_client.post(
        change_url(article),
        change_form(article, standfirst="Typed over.", status="withdrawn"),
    )
    restore_url = f"/admin/articles/article/{article.pk}/history/{original.pk}/"
    form = editor_client.get(restore_url)
    assert form.status_code == 200
    assert "The original standfirst." in form.content.decode()
    # The form shows the state the restore keeps, not the revision's.
    assert re.search(
        r'field-state_label.*?<div class="readonly">Withdrawn</div>',
        form.content.decode(),
        re.S,
    )
    article.refresh_from_db()
    assert article.standfirst == "Typed over."  # looking changes nothing

    data = change_form(
        article,
        standfirst="The original standfirst.",
        loaded_at=form.context["adminform"].form["loaded_at"].value(),
    )
    del data["status"], data["publish_at_0"], data["publish_at_1"]
    response = editor_client.post(restore_url, data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.standfirst == "The original standfirst."
    assert article.status == Article.Status.WITHDRAWN
    assert len(versions(article)) == 3


def test_a_contributor_cannot_restore_into_a_published_article(
    contributor_client, contributor
):
    article = ArticleFactory(draft=True, publish_at=None, created_by=contributor)
    contributor_client.post(change_url(article), change_form(article))
    [version] = versions(article)
    article.status = Article.Status.PUBLISHED
    article.save()
    restore_url = f"/admin/articles/article/{article.pk}/history/{version.pk}/"
    data = change_form(article)
    del data["status"]
    assert contributor_client.post(restore_url, data).status_code == 403
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED


def test_restoring_older_words_keeps_the_correction_notes_written_since(
    editor_client,
):
    article = ArticleFactory(standfirst="The original standfirst.")
    editor_client.post(change_url(article), change_form(article))
    [original] = versions(article)
    Correction.objects.create(article=article, note="The tariff was 4 %, not 40 %.")
    editor_client.post(
        change_url(article), change_form(article, standfirst="Typed over.")
    )
    restore_url = f"/admin/articles/article/{article.pk}/history/{original.pk}/"
    form = editor_client.get(restore_url)
    assert "The tariff was 4 %, not 40 %." in form.content.decode()

    data = change_form(
        article,
        standfirst="The original standfirst.",
        loaded_at=form.context["adminform"].form["loaded_at"].value(),
    )
    del data["status"], data["publish_at_0"], data["publish_at_1"]
    assert editor_client.post(restore_url, data).status_code == 302

    article.refresh_from_db()
    assert article.standfirst == "The original standfirst."
    assert [c.note for c in article.corrections.all()] == [
        "The tariff was 4 %, not 40 %."
    ]


def test_a_contributor_cannot_take_down_their_published_article_by_recovering_it(
    contributor_client, contributor
):
    # "Recover" is for deleted articles: on a live one it restored the
    # revision's state (a draft), past the checks of restoring from History.
    article = ArticleFactory(draft=True, publish_at=None, created_by=contributor)
    contributor_client.post(change_url(article), change_form(article))
    [draft] = versions(article)
    article.status = Article.Status.PUBLISHED
    article.save()
    recover_url = f"/admin/articles/article/recover/{draft.pk}/"
    data = change_form(article, status=Article.Status.DRAFT)

    assert contributor_client.get(recover_url).status_code == 404
    assert contributor_client.post(recover_url, data).status_code == 404
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED


def test_an_editor_recovers_a_deleted_article(editor_client):
    article = ArticleFactory(standfirst="Deleted by mistake.")
    editor_client.post(change_url(article), change_form(article))
    data = change_form(article)
    article.delete()
    [version] = Version.objects.get_deleted(Article)
    recover_url = f"/admin/articles/article/recover/{version.pk}/"

    form = editor_client.get(recover_url)
    assert "Deleted by mistake." in form.content.decode()
    data["loaded_at"] = form.context["adminform"].form["loaded_at"].value()
    assert editor_client.post(recover_url, data).status_code == 302
    assert Article.objects.get(pk=version.object_id).standfirst == "Deleted by mistake."


def shared_revision(*articles):
    """A revision holding several articles, as a bulk action saves one."""
    with reversion.create_revision():
        for article in articles:
            reversion.add_to_revision(article)


def test_restoring_a_revision_shared_with_other_articles_is_refused(
    contributor_client, contributor, editor_client
):
    # Restoring reverts the whole revision: from her own draft's History, a
    # contributor brought an editor's withdrawn article back as published.
    hers = ArticleFactory(draft=True, publish_at=None, created_by=contributor)
    other = ArticleFactory(title="Withdrawn since")
    editor_client.post(
        "/admin/articles/article/",
        {
            "action": "add_tag",
            ACTION_CHECKBOX_NAME: [hers.pk, other.pk],
            "post": "yes",
            "name": "ports",
        },
    )
    other.status = Article.Status.WITHDRAWN
    other.save()
    [version] = versions(hers)
    restore_url = f"/admin/articles/article/{hers.pk}/history/{version.pk}/"
    data = change_form(hers)
    del data["status"]

    response = contributor_client.post(restore_url, data, follow=True)

    assert "restoring it would change every one of them" in response.content.decode()
    other.refresh_from_db()
    assert other.status == Article.Status.WITHDRAWN
    assert editor_client.get(restore_url).status_code == 302


def test_recovering_a_deleted_article_from_a_shared_revision_is_refused(
    editor_client,
):
    gone = ArticleFactory(standfirst="Deleted.")
    other = ArticleFactory(standfirst="Kept, and edited since.")
    shared_revision(gone, other)
    other.standfirst = "The words of today."
    other.save()
    gone.delete()
    [version] = Version.objects.get_deleted(Article)

    response = editor_client.post(
        f"/admin/articles/article/recover/{version.pk}/",
        change_form(other, title="x", slug="x"),
    )

    assert response.status_code == 302
    assert not Article.objects.filter(pk=version.object_id).exists()
    other.refresh_from_db()
    assert other.standfirst == "The words of today."


def test_only_those_who_may_see_an_article_compare_its_revisions(
    editor_client, contributor_client, django_user_model
):
    # django-reversion-compare's view checked no permission: a moderator
    # (the comment queue only) read every revision of an unpublished draft.
    article = ArticleFactory(draft=True, publish_at=None)
    editor_client.post(change_url(article), change_form(article))
    editor_client.post(
        change_url(article), change_form(article, standfirst="Embargoed until Monday.")
    )
    older, newer = sorted(v.pk for v in versions(article))
    compare = f"/admin/articles/article/{article.pk}/history/compare/"
    query = {"version_id1": older, "version_id2": newer}
    moderator = django_user_model.objects.create_user(
        "mod", password="pw", is_staff=True
    )
    moderator.groups.add(Group.objects.get(name="Moderators"))
    moderator_client = Client()
    moderator_client.force_login(moderator)

    refused = moderator_client.get(compare, query)

    assert refused.status_code == 403
    assert "Embargoed" not in refused.content.decode()
    assert (
        moderator_client.get(change_url(article)[:-7] + "history/").status_code == 403
    )
    for allowed in (editor_client, contributor_client):  # contributors may view
        assert "Embargoed" in allowed.get(compare, query).content.decode()

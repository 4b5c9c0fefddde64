"""The article form warns before unsaved work is lost, and offers the body
back after a closed tab (static/js/article-draft.js)."""

import pytest
from django.contrib.auth.models import Group

from articles.models import Article
from tests.e2e.conftest import sign_in
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "keep-my-words"
TYPED = "A sentence typed but never saved."


def log_in(page, live_server, django_user_model):
    editor = django_user_model.objects.create_user(
        "elsa", "elsa@example.com", PASSWORD, is_staff=True
    )
    editor.groups.add(Group.objects.get(name="Editors"))
    sign_in(page, live_server.url + "/admin/login/", "elsa", PASSWORD)


def type_in_body(page):
    body = page.locator(".ProseMirror[contenteditable=true]")
    body.click()
    page.keyboard.press("End")
    page.keyboard.type(" " + TYPED)


def test_leaving_with_unsaved_changes_warns(page, live_server, django_user_model):
    article = ArticleFactory(body="<p>Saved text.</p>")
    log_in(page, live_server, django_user_model)
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    type_in_body(page)
    with page.expect_event("dialog") as warned:
        page.close(run_before_unload=True)
    assert warned.value.type == "beforeunload"
    warned.value.accept()


def test_an_unchanged_form_leaves_without_a_warning(
    page, live_server, django_user_model
):
    article = ArticleFactory()
    log_in(page, live_server, django_user_model)
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    dialogs = []
    page.on("dialog", lambda dialog: dialogs.append(dialog.type))
    page.goto(live_server.url + "/admin/")
    assert dialogs == []


def test_the_body_is_offered_back_after_a_closed_tab_and_then_saved(
    context, page, live_server, django_user_model
):
    article = ArticleFactory(body="<p>Saved text.</p>")
    log_in(page, live_server, django_user_model)
    change = f"{live_server.url}/admin/articles/article/{article.pk}/change/"
    page.goto(change)
    type_in_body(page)
    page.wait_for_function(
        "text => Object.keys(localStorage).some("
        "key => localStorage.getItem(key).includes(text))",
        arg=TYPED,
    )
    page.close()  # the tab is gone, the text never saved

    again = context.new_page()
    again.goto(change)
    assert TYPED not in again.locator(".ProseMirror[contenteditable=true]").inner_text()
    notice = again.locator(".draft-recovery")
    assert "kept body text you had not saved" in notice.inner_text()
    again.get_by_role("button", name="Restore my unsaved text").click()
    assert TYPED in again.locator(".ProseMirror[contenteditable=true]").inner_text()
    again.get_by_role("button", name="Save and continue editing").first.click()
    again.wait_for_load_state()
    assert "was changed successfully" in again.locator(".messagelist").inner_text()
    assert TYPED in Article.objects.get(pk=article.pk).body
    # Saved: nothing is offered any more.
    again.goto(change)
    assert again.locator(".draft-recovery").count() == 0


def test_signing_out_forgets_the_kept_bodies(
    context, page, live_server, django_user_model
):
    """On a shared computer the next person signed in is not offered another's
    unsaved text."""
    article = ArticleFactory(body="<p>Saved text.</p>")
    log_in(page, live_server, django_user_model)
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    type_in_body(page)
    page.wait_for_function(
        "text => Object.keys(localStorage).some("
        "key => localStorage.getItem(key).includes(text))",
        arg=TYPED,
    )
    page.evaluate("localStorage.setItem('unrelated', 'kept')")
    page.goto(f"{live_server.url}/admin/")  # signing out from another page
    page.get_by_role("button", name="Log out").click()
    page.wait_for_load_state()

    kept = page.evaluate("Object.keys(localStorage)")
    assert "unrelated" in kept  # the admin's theme and the like stay
    assert not [key for key in kept if key.startswith("journal:article-body:")]

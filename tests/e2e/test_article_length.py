"""The article form's word count follows the editor's typing
(static/js/article-length.js)."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "count-my-words"


def test_the_word_count_follows_the_typing(page, live_server, django_user_model):
    editor = django_user_model.objects.create_user(
        "wanda", "wanda@example.com", PASSWORD, is_staff=True
    )
    editor.groups.add(Group.objects.get(name="Editors"))
    article = ArticleFactory(body="<p>One two three.</p><p>Four</p>")
    sign_in(page, live_server.url + "/admin/login/", "wanda", PASSWORD)
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    length = page.locator(".article-length")
    assert length.inner_text() == "4 words"

    body = page.locator(".ProseMirror[contenteditable=true]")
    body.locator("p", has_text="Four").click()  # the last line, then its end
    # Type only once the editor has the caret: under load, keys pressed
    # before it took the focus went nowhere (1 CI run in about 10).
    expect(body).to_be_focused()
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.keyboard.type("five, six – seven")
    page.wait_for_function(
        "() => document.querySelector('.article-length').textContent === '7 words'"
    )
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    page.keyboard.type("Alone")
    page.wait_for_function(
        "() => document.querySelector('.article-length').textContent === '1 word'"
    )

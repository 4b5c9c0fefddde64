"""An editor merges two tags in Chromium; readers see one tag at once."""

import pytest
from django.contrib.auth.models import Group

from tests.e2e.conftest import sign_in
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "tidy-the-tags"


def test_an_editor_merges_two_tags_and_readers_see_the_one_kept(
    browser, live_server, page, django_user_model, settings
):
    settings.PAGE_CACHE_ENABLED = True
    editor = django_user_model.objects.create_user(
        "eddie", "eddie@example.com", PASSWORD, is_staff=True
    )
    editor.groups.add(Group.objects.get(name="Editors"))
    article = ArticleFactory(title="Who pays for the grid", tags=["electricity grids"])
    ArticleFactory(tags=["energy"])
    reader = browser.new_page()
    reader.goto(live_server.url + article.get_absolute_url())  # now in the cache
    assert reader.get_by_role("link", name="electricity grids", exact=True).count() == 1

    sign_in(page, live_server.url + "/admin/taggit/tag/", "eddie", PASSWORD)
    for name in ("electricity grids", "energy"):
        row = page.locator("#result_list tbody tr", has_text=name)
        row.locator("input.action-select").check()
    page.locator("select[name=action]").select_option("merge")
    page.get_by_role("button", name="Go").click()
    page.get_by_label("energy (1 article)").check()
    page.get_by_role("button", name="Merge tags").click()
    assert (
        "Merged “electricity grids” into “energy”, which 2 articles carry now."
        in page.locator(".messagelist").inner_text()
    )

    reader.goto(live_server.url + article.get_absolute_url())
    assert reader.get_by_role("link", name="energy", exact=True).count() == 1
    assert reader.get_by_role("link", name="electricity grids", exact=True).count() == 0
    reader.goto(live_server.url + "/tag/electricity-grids/")
    assert reader.url == live_server.url + "/tag/energy/"
    reader.close()

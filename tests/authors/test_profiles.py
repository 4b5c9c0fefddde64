"""An author's profile as editors set it."""

import pytest

from tests.factories import AuthorFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("handle", ["bad handle!", "a@b", "ünïcode"])
def test_an_x_handle_x_would_not_take_is_refused(editor_client, handle):
    author = AuthorFactory(name="Ada Reed", slug="ada-reed", x_handle="ada_reed")
    response = editor_client.post(
        f"/admin/authors/author/{author.pk}/change/",
        {"name": author.name, "slug": author.slug, "role": "", "bio": "",
         "x_handle": handle, "website": ""},
    )  # fmt: skip
    assert response.status_code == 200
    assert "An X handle is letters, digits and underscores only" in (
        response.content.decode()
    )
    author.refresh_from_db()
    assert author.x_handle == "ada_reed"


def test_a_good_x_handle_links_to_its_profile(editor_client, client):
    author = AuthorFactory(name="Ada Reed", slug="ada-reed")
    editor_client.post(
        f"/admin/authors/author/{author.pk}/change/",
        {"name": author.name, "slug": author.slug, "role": "", "bio": "",
         "x_handle": "@journal_desk", "website": ""},
    )  # fmt: skip
    author.refresh_from_db()
    assert author.x_handle == "journal_desk"  # the @ left out
    html = client.get(author.get_absolute_url()).content.decode()
    assert 'href="https://x.com/journal_desk"' in html

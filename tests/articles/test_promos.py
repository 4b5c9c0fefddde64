"""Promo slots in the admin: where their links may lead."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import PromoSlot
from tests.conftest import image_bytes

pytestmark = pytest.mark.django_db

ADD_PROMO = "/admin/articles/promoslot/add/"


def promo_form(*, link="/", position="leaderboard", size=(970, 120), name="Forum"):
    return {
        "name": name,
        "position": position,
        "image": SimpleUploadedFile("promo.png", image_bytes("PNG", size=size)),
        "alt": "The spring forum",
        "link": link,
        "starts_at_0": "2026-01-01",
        "starts_at_1": "09:00:00",
        "ends_at_0": "",
        "ends_at_1": "",
    }


@pytest.mark.parametrize(
    "link", ["/\\evil.example/", "/\t/evil.example/", "//evil.example/"]
)
def test_a_promo_link_that_looks_local_but_leads_away_is_refused(admin_client, link):
    """Found in QA: "/\\evil.example/" passed as a page of this site, and
    Chromium follows href="/\\evil.example/" to http://evil.example/."""
    response = admin_client.post(ADD_PROMO, promo_form(link=link))
    assert response.status_code == 200
    assert "has no spaces or backslashes" in response.content.decode()
    assert not PromoSlot.objects.exists()


def test_a_promo_links_to_a_page_of_this_site_or_an_http_address(admin_client):
    for link in ["/category/economy/", "https://forum.example.org/2026/"]:
        response = admin_client.post(ADD_PROMO, promo_form(link=link))
        assert response.status_code == 302, link
    assert PromoSlot.objects.count() == 2


@pytest.mark.parametrize(
    "position, size",
    [("leaderboard", (800, 500)), ("sidebar", (30, 200)), ("sidebar", (970, 120))],
)
def test_a_picture_far_from_its_slots_shape_is_saved_with_a_warning(
    admin_client, position, size
):
    """Found in QA: an 8000x5000 banner filled every page's first screen, a
    300x2000 rectangle ran down the sidebar, and the admin said nothing."""
    response = admin_client.post(
        ADD_PROMO, promo_form(position=position, size=size), follow=True
    )
    warnings = [m for m in response.context["messages"] if m.level_tag == "warning"]
    assert len(warnings) == 1
    width, height = size
    assert f"is {width}×{height} px, far from the shape" in str(warnings[0])
    assert PromoSlot.objects.count() == 1  # saved all the same


@pytest.mark.parametrize(
    "position, size",
    [
        ("leaderboard", (970, 120)),
        ("leaderboard", (728, 90)),
        ("leaderboard", (970, 250)),  # a billboard
        ("sidebar", (600, 500)),
        ("sidebar", (300, 600)),  # a half page
    ],
)
def test_a_picture_of_about_its_slots_shape_gets_no_warning(
    admin_client, position, size
):
    response = admin_client.post(
        ADD_PROMO, promo_form(position=position, size=size), follow=True
    )
    assert [m.level_tag for m in response.context["messages"]] == ["success"]

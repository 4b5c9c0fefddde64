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

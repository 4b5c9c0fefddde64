"""Promo slots in the admin: where their links may lead, the shape of their
pictures, and which one readers see."""

import re
from datetime import datetime, timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

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


def add_promo(name, position, starts, ends=None, size=(970, 120)):
    promo = PromoSlot(
        name=name, position=position, alt=name, link="/", starts_at=starts, ends_at=ends
    )
    promo.image.save("promo.png", ContentFile(image_bytes("PNG", size)), save=False)
    promo.save()
    return promo


def list_rows(admin_client):
    """The promo list's rows, as {name: what its "on the site" column says}."""
    page = admin_client.get("/admin/articles/promoslot/").content.decode()
    rows = re.findall(
        r'<th class="field-name"><a [^>]*>([^<]+)</a></th>.*?'
        r'<td class="field-on_site">([^<]+)<br>',
        page,
        re.S,
    )
    return dict(rows), page


def test_the_promo_list_says_which_promo_readers_see_in_each_position(
    admin_client, client
):
    """Found in QA: four running banners were all ticked "running now" while
    readers saw only the newest started."""
    now = timezone.now()
    day = timedelta(days=1)
    for name, position, starts, ends in [
        ("Old banner", "leaderboard", now - 3 * day, None),
        ("New banner", "leaderboard", now - day, None),
        ("Rectangle", "sidebar", now - 2 * day, None),
        ("Ended", "sidebar", now - 3 * day, now - day),
        ("Coming", "leaderboard", now + day, None),
    ]:
        add_promo(name, position, starts, ends)
    rows, _ = list_rows(admin_client)
    assert rows == {
        "Old banner": "Running, hidden by a newer one",
        "New banner": "Shown now",
        "Rectangle": "Shown now",
        "Ended": "Ended",
        "Coming": "Not started yet",
    }
    shown = PromoSlot.objects.by_position()
    assert [shown["leaderboard"].name, shown["sidebar"].name] == [
        "New banner",
        "Rectangle",
    ]


def test_of_two_promos_started_together_the_list_and_readers_agree(admin_client):
    starts = timezone.now() - timedelta(hours=1)
    add_promo("First added", "leaderboard", starts)
    add_promo("Added next", "leaderboard", starts)
    rows, _ = list_rows(admin_client)
    assert rows["Added next"] == "Shown now"
    assert PromoSlot.objects.by_position()["leaderboard"].name == "Added next"


def test_a_banners_preview_in_the_list_is_no_wider_than_120_px(admin_client):
    """Found in QA: a 970x120 banner's preview was 485 px wide, and the list
    needed 1213 px in its 631 px box at 1280 px."""
    add_promo("Banner", "leaderboard", timezone.now(), size=(970, 120))
    _, page = list_rows(admin_client)
    preview = re.search(r'<td class="field-preview"><img [^>]*>', page)[0]
    assert 'sizes="120px"' in preview
    assert "max-width:120px" in preview


def test_the_list_gives_each_promos_dates_under_what_readers_see(admin_client):
    add_promo(
        "Spring",
        "sidebar",
        timezone.make_aware(datetime(2026, 3, 1, 9, 0)),
        timezone.make_aware(datetime(2026, 3, 31, 18, 0)),
    )
    _, page = list_rows(admin_client)
    cell = re.search(r'<td class="field-on_site">(.*?)</td>', page, re.S)[1]
    assert "Mar 1, 2026, 09:00" in cell
    assert "Mar 31, 2026, 18:00" in cell

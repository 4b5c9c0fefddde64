"""Staff sign-in in Chromium: set up an authenticator app, then sign in with a
recovery code; with no policy error in the browser's console."""

import re
from base64 import b32decode

import pytest
from django.contrib.auth.models import Group
from django_otp.oath import totp
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def editor(django_user_model, settings):
    settings.STAFF_2FA_REQUIRED = True
    user = django_user_model.objects.create_user(
        "desk", "desk@example.com", "desk-password-1", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_an_editor_sets_up_two_factors_and_signs_in_with_a_recovery_code(
    browser, live_server, editor
):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(10_000)
    problems = []
    # The headers' policies: a feature the browser does not know, or anything
    # the Content-Security-Policy blocks, shows up in its console.
    page.on(
        "console",
        lambda message: (
            re.search("Permissions-Policy|Content Security Policy", message.text)
            and problems.append(message.text)
        ),
    )
    page.on("pageerror", lambda error: problems.append(str(error)))

    sign_in(page, live_server.url + "/admin/", "desk", "desk-password-1")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Enable Two-Factor Authentication"
    )
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("img", name="QR Code")).to_be_visible()
    secret = re.search(
        r"secret=([A-Z2-7]+)",
        page.get_by_role("link", name=re.compile("^[A-Z2-7]+$")).get_attribute("href"),
    ).group(1)
    key = b32decode(secret + "=" * (-len(secret) % 8))
    page.get_by_label("Token").fill(f"{totp(key):06d}")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Two-factor sign-in is on"
    )
    page.get_by_role("link", name="Make recovery codes").click()
    page.get_by_role("button", name="Make recovery codes").click()
    codes = page.locator(".recovery-codes li").all_inner_texts()
    assert len(codes) == 10
    page.get_by_role("link", name="Go to the admin").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Newsroom")
    context.close()

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    sign_in(page, live_server.url + "/admin/", "desk", "desk-password-1")
    expect(page.get_by_label("Token")).to_be_focused()
    page.get_by_role("button", name="Use a recovery code").click()
    page.get_by_label("Token").fill(codes[0])
    page.get_by_role("button", name="Verify").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Newsroom")
    context.close()

    assert problems == []

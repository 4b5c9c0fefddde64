"""Two-factor sign-in for staff (django-two-factor-auth with django-otp)."""

from base64 import b32decode

import pytest
import time_machine
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import ArticleFactory

from .conftest import LOGIN, PASSWORD, sign_in

pytestmark = pytest.mark.django_db

SETUP = "/admin/security/setup/"


@pytest.fixture(autouse=True)
def _second_factor_required(settings):
    settings.STAFF_2FA_REQUIRED = True


@pytest.fixture
def clock():
    with time_machine.travel("2026-12-01 10:00:00Z", tick=False) as traveller:
        yield traveller


@pytest.fixture
def device(staff):
    return TOTPDevice.objects.create(user=staff, name="default", confirmed=True)


def code(device):
    return f"{totp(device.bin_key):06d}"


def send_code(client, step, value):
    return client.post(
        LOGIN, {f"{step}-otp_token": value, "staff_login_view-current_step": step}
    )


def test_staff_without_a_device_are_sent_to_set_one_up(client, staff):
    response = sign_in(client, "editor1")
    assert response.status_code == 302

    admin = client.get("/admin/", follow=True)

    assert admin.redirect_chain[-1][0] == SETUP
    assert "Enable Two-Factor Authentication" in admin.text
    assert client.get("/admin/articles/article/").status_code == 302


def test_the_set_up_page_says_why_and_offers_a_way_out(client, staff):
    sign_in(client, "editor1")

    setup = client.get("/admin/", follow=True).text

    assert "the journal asks for a second factor as well as your password" in setup
    assert 'action="/admin/security/logout/"' in setup
    signed_out = client.post("/admin/security/logout/")
    assert signed_out["Location"] == "/admin/login/"
    assert "_auth_user_id" not in client.session


def test_staff_without_their_second_factor_cannot_preview_drafts(client, staff):
    draft = ArticleFactory(draft=True)
    sign_in(client, "editor1")

    assert client.get(draft.get_absolute_url()).status_code == 404


def test_enrolling_an_authenticator_app_opens_the_admin(client, staff, clock):
    sign_in(client, "editor1")
    page = client.post(SETUP, {"setup_view-current_step": "welcome"})
    secret = b32decode(page.context["secret_key"])
    assert "otpauth://totp/" in page.text

    response = client.post(
        SETUP,
        {"setup_view-current_step": "generator", "generator-token": totp(secret)},
    )

    assert response.status_code == 302
    assert TOTPDevice.objects.get(user=staff).confirmed
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_does_not_enrol(client, staff, clock):
    sign_in(client, "editor1")
    client.post(SETUP, {"setup_view-current_step": "welcome"})

    response = client.post(
        SETUP, {"setup_view-current_step": "generator", "generator-token": "123456"}
    )

    assert response.status_code == 200
    assert not TOTPDevice.objects.exists()


def test_a_password_alone_does_not_open_the_admin(client, device, clock):
    response = sign_in(client, "editor1")

    assert response.status_code == 200  # the code step
    assert "authenticator app" in response.text
    assert client.get("/admin/").status_code == 302


def test_a_login_with_the_password_and_a_code(client, device, clock):
    sign_in(client, "editor1")

    response = send_code(client, "token", code(device))

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_is_refused(client, device, clock):
    sign_in(client, "editor1")

    response = send_code(client, "token", "000000" if code(device) != "000000" else "1")

    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302


def test_a_recovery_code_works_once(client, device, clock):
    recovery = StaticDevice.objects.create(user=device.user, name="backup")
    recovery.token_set.create(token="abcd1234")
    sign_in(client, "editor1")
    to_recovery = client.post(LOGIN, {"wizard_goto_step": "backup"})
    assert "recovery codes" in to_recovery.text

    assert send_code(client, "backup", "abcd1234").status_code == 302
    assert client.get("/admin/").status_code == 200

    client.post("/admin/logout/")
    sign_in(client, "editor1")
    client.post(LOGIN, {"wizard_goto_step": "backup"})
    again = send_code(client, "backup", "abcd1234")
    assert again.status_code == 200
    assert client.get("/admin/").status_code == 302


def test_a_recovery_code_may_be_typed_in_capitals(client, device, clock):
    # The codes are shown in lower case; one read out or copied by hand in
    # capitals was refused as "Invalid token".
    recovery = StaticDevice.objects.create(user=device.user, name="backup")
    recovery.token_set.create(token="abcd1234")
    sign_in(client, "editor1")
    client.post(LOGIN, {"wizard_goto_step": "backup"})

    assert send_code(client, "backup", " ABCD1234 ").status_code == 302
    assert client.get("/admin/").status_code == 200
    assert not recovery.token_set.exists()  # used up, as any code


def test_recovery_codes_are_made_for_a_verified_user(client, device, clock):
    sign_in(client, "editor1")
    send_code(client, "token", code(device))

    client.post("/admin/security/recovery-codes/")
    page = client.get("/admin/security/recovery-codes/")

    tokens = StaticDevice.objects.get(user=device.user).token_set.all()
    assert len(tokens) == 10
    assert all(token.token in page.text for token in tokens)


def test_a_password_only_session_is_sent_to_sign_in_with_the_code(client, device):
    client.force_login(device.user)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.get(response["Location"]).status_code == 200


def test_a_device_the_login_would_not_ask_for_leads_to_set_up(client, staff):
    # django-two-factor-auth asks for a code from the device named "default".
    TOTPDevice.objects.create(user=staff, name="made in the admin", confirmed=True)
    sign_in(client, "editor1")

    assert client.get("/admin/", follow=True).redirect_chain[-1][0] == SETUP


def test_superusers_need_a_second_factor_too(client, django_user_model):
    chief = django_user_model.objects.create_superuser("chief", "c@example.com", "x")
    client.force_login(chief)

    assert client.get("/admin/", follow=True).redirect_chain[-1][0] == SETUP


def test_staff_outside_the_named_groups_need_no_second_factor(
    client, django_user_model
):
    contributor = django_user_model.objects.create_user(
        "writer", "w@example.com", PASSWORD, is_staff=True
    )
    client.force_login(contributor)

    assert client.get("/admin/").status_code == 200


def test_when_not_required_the_password_alone_signs_in(client, staff, settings):
    settings.STAFF_2FA_REQUIRED = False

    assert sign_in(client, "editor1").status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_superuser_cannot_read_anothers_secret_key_or_recovery_codes(
    client, device, clock, django_user_model
):
    # Either would let whoever reads the page (or borrows the superuser's
    # session) pass as the editor's second factor.
    recovery = StaticDevice.objects.create(user=device.user, name="backup")
    recovery.token_set.create(token="abcd1234")
    chief = django_user_model.objects.create_superuser(
        "chief", "c@example.com", PASSWORD
    )
    chiefs = TOTPDevice.objects.create(user=chief, name="default", confirmed=True)
    sign_in(client, "chief")
    send_code(client, "token", code(chiefs))

    totp_page = client.get(f"/admin/otp_totp/totpdevice/{device.pk}/change/")
    static_page = client.get(f"/admin/otp_static/staticdevice/{recovery.pk}/change/")

    assert totp_page.status_code == static_page.status_code == 200
    assert "editor1" in totp_page.text  # the page itself, which deletes the device
    assert device.key not in totp_page.text
    assert "abcd1234" not in static_page.text
    config = f"/admin/otp_totp/totpdevice/{device.pk}/config/"
    assert config not in totp_page.text
    assert client.get(config).status_code == 403


def test_the_security_page_counts_recovery_codes_and_leads_back(client, device, clock):
    recovery = StaticDevice.objects.create(user=device.user, name="backup")
    recovery.token_set.create(token="abcd1234")
    sign_in(client, "editor1")
    send_code(client, "token", code(device))

    page = client.get("/admin/security/").text

    assert "You have 1 recovery code left." in page
    assert "backup token" not in page.lower()
    assert 'href="/admin/security/recovery-codes/">Show or make recovery codes' in page
    assert '<a href="/admin/">Go to the admin</a>' in page


def test_an_account_that_must_have_a_second_factor_cannot_turn_it_off(
    client, device, clock
):
    # With a borrowed signed-in session, whoever turned it off could set up an
    # authenticator of their own and keep the account.
    sign_in(client, "editor1")
    send_code(client, "token", code(device))

    page = client.get("/admin/security/").text
    response = client.post("/admin/security/disable/", {"understand": "on"})

    assert "/admin/security/disable/" not in page
    assert "keeps its second factor" in page
    assert response.status_code == 403
    assert TOTPDevice.objects.filter(pk=device.pk).exists()


def test_an_account_that_may_do_without_turns_it_off(client, django_user_model):
    writer = django_user_model.objects.create_user(
        "writer", "w@example.com", PASSWORD, is_staff=True
    )
    device = TOTPDevice.objects.create(user=writer, name="default", confirmed=True)
    client.force_login(writer)
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session.save()

    assert 'href="/admin/security/disable/"' in client.get("/admin/security/").text
    response = client.post("/admin/security/disable/", {"understand": "on"})

    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()

"""The Content-Security-Policy header, built once for the site-wide policy."""

import pytest
from csp.utils import build_policy
from django.http import HttpResponse
from django.test import RequestFactory

from thinktank.middleware import SitePolicyCSPMiddleware


def directives(header):
    return {part.strip() for part in header.split(";") if part.strip()}


def respond(prepare=lambda request, response: None):
    """The header the middleware gives one response, after `prepare` runs."""
    request = RequestFactory().get("/")

    def view(request):
        response = HttpResponse("page")
        prepare(request, response)
        return response

    middleware = SitePolicyCSPMiddleware(view)
    return middleware(request)["Content-Security-Policy"]


@pytest.mark.django_db
def test_reader_pages_get_the_policy_the_settings_describe(client):
    response = client.get("/")

    assert directives(response["Content-Security-Policy"]) == directives(build_policy())
    assert "'nonce-" not in response["Content-Security-Policy"]


def test_a_page_that_used_a_nonce_gets_it_in_its_header():
    nonces = []
    header = respond(lambda request, response: nonces.append(str(request.csp_nonce)))

    assert f"'nonce-{nonces[0]}'" in header


def test_a_per_view_update_still_reaches_the_header():
    def update(request, response):
        response._csp_update = {"img-src": ["https://images.example.org"]}

    assert "https://images.example.org" in respond(update)
    assert "https://images.example.org" not in respond()


def test_a_changed_setting_changes_the_header(settings):
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"default-src": ["'none'"]}}

    assert directives(respond()) == {"default-src 'none'"}


def test_asking_for_a_nonce_after_the_header_was_sent_is_an_error():
    from csp.exceptions import CSPNonceError

    request = RequestFactory().get("/")
    SitePolicyCSPMiddleware(lambda request: HttpResponse("page"))(request)

    with pytest.raises(CSPNonceError):
        str(request.csp_nonce)

"""The health check answers probes that ask by address over plain HTTP."""

import pytest
from django.db import OperationalError
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def production(settings):
    """Production's host and HTTPS checks (DEBUG=0 turns them on)."""
    settings.ALLOWED_HOSTS = ["journal.example.org"]
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")


def test_a_probe_by_address_over_http_learns_the_site_is_up(production):
    """Varnish's probe (deploy/varnish/journal.vcl) sends `Host: 127.0.0.1`
    and no X-Forwarded-Proto: a 301 or a 400 would mark a healthy site down."""
    response = Client().get("/health/", HTTP_HOST="127.0.0.1")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]
    # Every other address keeps both checks.
    assert Client().get("/", HTTP_HOST="127.0.0.1").status_code == 400
    assert Client().get("/", HTTP_HOST="journal.example.org").status_code == 301


def test_with_the_database_away_the_probe_gets_503(production, monkeypatch):
    def unreachable(*args, **kwargs):
        raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr(
        "django.db.backends.base.base.BaseDatabaseWrapper.cursor", unreachable
    )
    response = Client().get("/health/", HTTP_HOST="127.0.0.1")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"

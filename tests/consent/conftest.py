import pytest
from cookie_consent.conf import settings
from django.urls import reverse

ANALYTICS_URL = "https://stats.example.org/script.js"


def decide(client, action, *varnames):
    """Accept or decline groups the way a reader's browser does (plain POST)."""
    url = reverse(f"cookie_consent_{action}")
    response = client.post(url, {"cookie_groups": list(varnames)})
    assert response.status_code == 302, response.content
    # Like a browser, forget the cookies the answer expired (the test client keeps them).
    for name, morsel in response.cookies.items():
        if str(morsel["max-age"]) == "0":
            del client.cookies[name]
    return response


def request_from(client, rf, path="/"):
    """A request carrying the cookies `client` holds."""
    request = rf.get(path)
    request.COOKIES = {name: morsel.value for name, morsel in client.cookies.items()}
    return request


def consent_cookie(client):
    return client.cookies[settings.COOKIE_CONSENT_NAME].value


@pytest.fixture
def analytics(settings):
    settings.ANALYTICS_SCRIPT_URL = ANALYTICS_URL
    return ANALYTICS_URL

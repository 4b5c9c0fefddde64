"""The Content-Security-Policy header (django-csp's middleware)."""

import pytest
from csp.utils import build_policy


def directives(header):
    return {part.strip() for part in header.split(";") if part.strip()}


@pytest.mark.django_db
def test_reader_pages_get_the_policy_the_settings_describe(client):
    response = client.get("/")

    assert directives(response["Content-Security-Policy"]) == directives(build_policy())
    assert "'nonce-" not in response["Content-Security-Policy"]

import pytest

SITE_URL = "https://journal.example"


@pytest.fixture(autouse=True)
def _public_address(settings):
    """Pages are requested as "testserver"; addresses must still be SITE_URL's."""
    settings.SITE_URL = SITE_URL

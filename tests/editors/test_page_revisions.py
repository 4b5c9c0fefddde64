"""Static pages keep a revision of every save in the admin, as articles do."""

import pytest
from reversion.models import Version

from pages.models import Page

pytestmark = pytest.mark.django_db


def test_saving_a_page_in_the_admin_keeps_a_revision_that_can_be_compared(
    admin_client,
):
    page = Page.objects.create(
        title="About", url="/about/", status="published", body="<p>First text.</p>"
    )
    change = f"/admin/pages/page/{page.pk}/change/"
    for body in ("<p>Second text.</p>", "<p>Third text.</p>"):
        response = admin_client.post(
            change,
            {
                "title": "About",
                "url": "/about/",
                "status": "published",
                "description": "",
                "body": body,
            },
        )
        assert response.status_code == 302, response.content.decode()[:2000]
    versions = Version.objects.get_for_object(page)
    assert versions.count() == 2
    assert "Third text." in versions[0].field_dict["body"]
    history = admin_client.get(f"{change[: -len('change/')]}history/")
    assert history.status_code == 200
    assert (
        "Compare" in history.content.decode() or "compare" in history.content.decode()
    )

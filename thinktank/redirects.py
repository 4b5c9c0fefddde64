"""Old addresses kept alive when a page moves (django.contrib.redirects)."""

from django.conf import settings
from django.contrib.redirects.models import Redirect


def lead_straight(old_url, new_url, *, site_id=None):
    """Every redirect that led to `old_url` leads to `new_url` instead, so an
    old link takes one step, not two; one that would now lead to its own
    address is deleted. Returns how many lead to `new_url` now."""
    redirects = Redirect.objects.filter(site_id=site_id or settings.SITE_ID)
    redirects.filter(old_path=new_url, new_path=old_url).delete()
    return redirects.filter(new_path=old_url).update(new_path=new_url)


def follow_address(old_url, new_url, *, site_id=None):
    """A page readers could reach moved from `old_url` to `new_url`: every
    redirect that led to the old address leads to the new one, the old address
    itself redirects there, and nothing leads away from the new one (a
    redirect left by an earlier move, when an address goes back). An old link
    never ends on a 404, nor goes round in a loop, nor takes two steps."""
    if old_url == new_url:
        return
    site_id = site_id or settings.SITE_ID
    lead_straight(old_url, new_url, site_id=site_id)
    Redirect.objects.filter(site_id=site_id, old_path=new_url).delete()
    Redirect.objects.update_or_create(
        site_id=site_id, old_path=old_url, defaults={"new_path": new_url}
    )

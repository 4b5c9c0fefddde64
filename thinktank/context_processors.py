from django.conf import settings


def site(request):
    """The site's name and tagline, for every template."""
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_TAGLINE": settings.SITE_TAGLINE,
    }

from django.contrib import admin
from js_asset.media import Media


class NoncedMediaAdmin(admin.ModelAdmin):
    """Stamps the request's CSP nonce on the form's media.

    django-prose-editor loads its ES modules through an inline import map; our
    Content-Security-Policy allows no inline script except one carrying the
    nonce of the current response.
    """

    def render_change_form(self, request, context, *args, **kwargs):
        context["media"] = Media.from_media(context["media"], nonce=request.csp_nonce)
        return super().render_change_form(request, context, *args, **kwargs)

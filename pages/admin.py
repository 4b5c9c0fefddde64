from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.redirects.admin import RedirectAdmin
from django.contrib.redirects.models import Redirect
from django.urls import Resolver404, resolve
from django.utils.translation import ngettext
from django_prose_editor.fields import ProseEditorField

from articles.widgets import PictureProseEditorWidget
from thinktank.admin import HistoryAdmin, NoncedMediaAdmin
from thinktank.links import SITE_PATH_MESSAGE, is_site_path, site_path, validate_link
from thinktank.middleware import MIDDLEWARE_PATHS
from thinktank.redirects import lead_straight

from .models import Page


@admin.register(Page)
class PageAdmin(HistoryAdmin, NoncedMediaAdmin):
    """Static pages, with their revisions: history, compare and restore."""

    list_display = ["title", "url", "status", "updated_at"]
    list_filter = ["status"]
    search_fields = ["title", "url"]
    fields = ["title", "url", "status", "description", "body"]
    # The body has the article's editor, picture button included: without the
    # picture dialog's import map its module fails to load, and the editor
    # dropped every picture of a page it opened at the next save.
    formfield_overrides = {ProseEditorField: {"widget": PictureProseEditorWidget}}


def answered_at(path):
    """What readers get at the site's `path` in place of a redirect, in words,
    or None. A stored redirect answers only a 404: at a published page, or an
    address the site answers itself (/search/, /health/), it never fires.
    Addresses with a part that names something (/articles/<slug>/) are not
    asked: they 404 once it is gone, and the redirect then works; nor those
    with a query string, which the WordPress middleware looks up in the
    redirects first (/?p=123)."""
    address, _, query = path.partition("?")
    if query:
        return None
    if page := Page.objects.at(address).first():
        return f"the page “{page}”"
    if address in MIDDLEWARE_PATHS:
        return "an address the site answers itself"
    try:
        match = resolve(address)
    except Resolver404:
        return None
    if match.view_name != "pages:detail" and not (match.args or match.kwargs):
        return "an address the site answers itself"
    return None


# Redirects (django.contrib.redirects): the old WordPress addresses and the
# editors' own, on the journal's one site (SITE_ID). Django's admin with a form
# that refuses what could never work.
class RedirectForm(forms.ModelForm):
    class Meta:
        model = Redirect
        fields = ["old_path", "new_path"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.site_id = settings.SITE_ID
        # Readers are sent there: a path on this site or an http(s) address,
        # never javascript: or data: (Django refuses to send those: a 400 for
        # every reader) nor "/\host/", which browsers take to another host.
        self.fields["new_path"].validators.append(validate_link)

    def clean(self):
        """An old path on this site that readers would otherwise not find, not
        redirected already, and no loop nor second step: the new address may
        not itself be redirected (A → B → A, or one more 301 for every
        reader). Redirects that lead to the old path are led straight on when
        saved (CheckedRedirectAdmin.save_model)."""
        data = super().clean()
        old, new = data.get("old_path"), data.get("new_path")
        others = Redirect.objects.filter(site_id=settings.SITE_ID).exclude(
            pk=self.instance.pk
        )
        if old and not is_site_path(old):
            self.add_error("old_path", SITE_PATH_MESSAGE)
        elif old and others.filter(old_path=old).exists():
            self.add_error("old_path", f"{old} is redirected already: change that one.")
        elif old and (live := answered_at(old)):
            self.add_error(
                "old_path",
                f"{old} is {live}: readers get that, never a redirect from there.",
            )
        # A full address on this site is the same address as its path.
        target = new and site_path(new)
        if old and target == old:
            self.add_error(
                "new_path", "A redirect to its own address goes round in a loop."
            )
        elif (
            target
            and not answered_at(target)  # a redirect from there never fires
            and (onward := others.filter(old_path=target).first())
        ):
            self.add_error(
                "new_path",
                f"{new} is redirected itself, to {onward.new_path or 'nowhere (gone)'}: "
                "lead straight to where it goes.",
            )
        return data


admin.site.unregister(Redirect)


@admin.register(Redirect)
class CheckedRedirectAdmin(RedirectAdmin):
    form = RedirectForm
    list_filter = []  # one site

    def save_model(self, request, obj, form, change):
        """The redirects that led to this one's old path lead straight to its
        new one, as when a page moves (thinktank.redirects.lead_straight)."""
        super().save_model(request, obj, form, change)
        led = lead_straight(obj.old_path, obj.new_path, site_id=obj.site_id)
        if led:
            self.message_user(
                request,
                ngettext(
                    "%(count)d redirect that led to %(old)s now leads straight "
                    "to %(new)s.",
                    "%(count)d redirects that led to %(old)s now lead straight "
                    "to %(new)s.",
                    led,
                )
                % {
                    "count": led,
                    "old": obj.old_path,
                    "new": obj.new_path or "nowhere (gone)",
                },
            )

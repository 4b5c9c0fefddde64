"""The journal's admin site: staff who need a second factor sign in with one.

Signing in goes through django-two-factor-auth's login wizard (password, then
a code from an authenticator app or a recovery code). When
STAFF_2FA_REQUIRED is on, superusers and members of STAFF_2FA_GROUPS reach
the admin only with a session verified by a second factor; one without a
device is sent to set one up first. Each admin page view renews the session
for STAFF_SESSION_IDLE_SECONDS, so an idle staff session ends by itself.
"""

import functools

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import get_permission_codename
from django.contrib.contenttypes import views as contenttype_views
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path
from two_factor.utils import default_device

from .services import second_factor_required
from .sessions import keep_alive
from .views import StaffLoginView

SETUP_NEEDED = (
    "Your account can publish or moderate, so the journal asks for a second "
    "factor as well as your password: set up an authenticator app on your "
    "phone below to reach the admin. To stop here instead, log out at the top "
    "of the page."
)


def needs_second_factor(user):
    """Whether this signed-in account still has to prove a second factor."""
    # A verified session needs nothing more: no need to look up the groups.
    return not user.is_verified() and second_factor_required(user)


class JournalAdminSite(admin.AdminSite):
    site_header = f"{settings.SITE_NAME} administration"
    site_title = settings.SITE_NAME
    index_title = "Newsroom"

    def has_permission(self, request):
        return super().has_permission(request) and not needs_second_factor(request.user)

    def login(self, request, extra_context=None):
        """The two-factor login wizard, at the admin's own login address.

        Staff signed in with a password alone who must have a second factor but
        have none are sent to set one up; with one, they sign in again with it.
        """
        user = request.user
        if (
            user.is_authenticated
            and needs_second_factor(user)
            # The login wizard asks for a code from this device only.
            and not default_device(user)
        ):
            messages.info(request, SETUP_NEEDED)
            return redirect("two_factor:setup")
        request.current_app = self.name
        context = {**self.each_context(request), "title": "Log in"}
        context.update(extra_context or {})
        return StaffLoginView.as_view(extra_context=context)(request)

    def get_urls(self):
        """The admin's URLs, its "View on site" redirect checked (`view_on_site`)."""
        return [
            path(
                "r/<path:content_type_id>/<path:object_id>/",
                self.admin_view(self.view_on_site),
                name="view_on_site",
            ),
            *(
                url
                for url in super().get_urls()
                if getattr(url, "name", None) != "view_on_site"
            ),
        ]

    def view_on_site(self, request, content_type_id, object_id):
        """Django's "View on site" redirect (contenttypes' shortcut), for staff
        who may view or change that kind of object. Django's own asks nothing
        of them, and an address may be a secret: a preview link's lets anyone
        read an unpublished article."""
        try:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
        except (ContentType.DoesNotExist, ValueError):
            raise Http404 from None
        if model is None:
            raise Http404
        opts = model._meta
        if not any(
            request.user.has_perm(
                f"{opts.app_label}.{get_permission_codename(action, opts)}"
            )
            for action in ("view", "change")
        ):
            raise PermissionDenied
        return contenttype_views.shortcut(request, content_type_id, object_id)

    def admin_view(self, view, cacheable=False):
        protected = super().admin_view(view, cacheable)

        @functools.wraps(protected)
        def renewing_session(request, *args, **kwargs):
            if request.user.is_authenticated:
                keep_alive(request.session)
            return protected(request, *args, **kwargs)

        return renewing_session

import sys

from cookie_consent.models import Cookie, CookieGroup
from cookie_consent.util import get_cookie_value_from_request
from cookie_consent.views import CookieGroupListView
from django.db import InterfaceError, OperationalError
from django.db.models import Prefetch
from django.http.request import split_domain_port
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import defaults
from django.views.decorators.cache import cache_control, never_cache

from .consent import unused_cookie_groups
from .middleware import database_unavailable


def server_error(request):
    """Django's 500 page, or the 503 page when the database is away.

    DatabaseUnavailableMiddleware sees only the exceptions views raise; one
    raised in a middleware (an old WordPress address's lookup, the session's
    save) comes here, while it is being handled.
    """
    exception = sys.exc_info()[1]
    if isinstance(exception, OperationalError | InterfaceError):
        return database_unavailable(exception)
    return defaults.server_error(request)


# What the CSRF failure page never shows back: the token itself, passwords,
# and the comment form's hidden fields.
NOT_SHOWN_BACK = ("csrfmiddlewaretoken", "password", "token", "parent", "homepage")


@never_cache
def csrf_failure(request, reason=""):
    """The page for a form refused by Django's CSRF check (CSRF_FAILURE_VIEW),
    in the site's look, with what the person typed: their browser sent no
    CSRF cookie (cookies blocked, or cleared while the page was open) or an
    outdated token, and Django's own page lost a reader's comment without a
    word of what to do. A new token's cookie goes with the page, so sending
    again from a reloaded form works where cookies are allowed."""
    get_token(request)
    typed = [
        (name, value)
        for name, value in request.POST.items()
        if value.strip() and not any(word in name for word in NOT_SHOWN_BACK)
    ]
    back = request.META.get("HTTP_REFERER", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = ""
    return render(request, "403_csrf.html", {"typed": typed, "back": back}, status=403)


@cache_control(max_age=86400, public=True)
def favicon(request):
    """/favicon.ico, which browsers ask for on pages that name no icon and
    feed readers ask for of every site: the icon under its release's name."""
    return redirect(static("img/favicon.ico"))


@method_decorator(never_cache, name="dispatch")
class PrivacyOverviewView(CookieGroupListView):
    """Every cookie group the site uses, its cookies, and this reader's choice.

    The accept and decline forms are plain POSTs to the library's views, so the
    page works without JavaScript. It shows one reader's state: never cached.
    """

    template_name = "cookie_consent/cookiegroup_list.html"

    def get_queryset(self):
        cookies = Cookie.objects.select_related("lifetime").order_by("created", "pk")
        return (
            CookieGroup.objects.exclude(varname__in=unused_cookie_groups())
            .order_by("ordering", "pk")
            .prefetch_related(Prefetch("cookie_set", queryset=cookies))
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        groups = context["object_list"]
        for group in groups:
            # True accepted, False declined, None not decided (or asked again).
            group.choice = get_cookie_value_from_request(self.request, group.varname)
        context["optional_groups"] = [g for g in groups if not g.is_required]
        context["site_domain"] = split_domain_port(self.request.get_host())[0]
        return context

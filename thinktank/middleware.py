"""An honest answer when the database is away or the disk is full, and the
health check."""

import errno
import logging

from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30

HEALTH_PATH = "/health/"
# The addresses a middleware answers itself, before any URL pattern: resolve()
# cannot see them, so a page or a redirect placed there would never be reached
# (pages.models.taken_address asks here).
MIDDLEWARE_PATHS = frozenset({HEALTH_PATH})


class DatabaseUnavailableMiddleware:
    """Answers 503 with the site's own page and `Retry-After` when the database
    cannot be reached, instead of a 500: the fault is passing, and a shared
    cache in front keeps serving the pages it holds (`stale-if-error`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        return database_unavailable(exception)


def database_unavailable(exception):
    """The site's 503 page, logged, for a database that cannot be reached."""
    logger.error("Database unavailable: %s", exception)
    response = HttpResponse(
        render_to_string("503.html", {"retry_after": RETRY_AFTER_SECONDS}),
        status=503,
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


# What staff read when an upload (a picture, an edition's PDF) finds the disk full.
DISK_FULL = (
    "The server’s disk is full, so nothing you sent was saved. Go back: what "
    "you entered is still in the form. Ask the site’s administrator to make "
    "room, then send it again."
)


class DiskFullMiddleware:
    """Answers 503 saying so when a file could not be stored because the disk
    is full, instead of a 500: the admin's save was rolled back with it, and the
    editor who goes back finds the form as they left it. The picture desk's
    upload (which asks for JSON) gets the message as a form error."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not (isinstance(exception, OSError) and exception.errno == errno.ENOSPC):
            return None
        logger.error("Disk full: %s %s was not saved", request.method, request.path)
        if request.accepts("text/html"):
            response = HttpResponse(
                render_to_string("disk_full.html", {"message": DISK_FULL}), status=503
            )
        else:
            error = {"message": DISK_FULL, "code": "disk_full"}
            response = JsonResponse({"errors": {"__all__": [error]}}, status=503)
        response["Cache-Control"] = "no-store"
        return response


class HealthCheckMiddleware:
    """Answers `/health/` for load balancers and Varnish's probe: 200 when the
    database answers, else the 503 page.

    It comes before Django's host and HTTPS checks: a probe asks by the
    backend's address (`Host: 127.0.0.1`) over plain HTTP, which with DEBUG=0
    got a 301 to https, or a 400 for a host not in ALLOWED_HOSTS, so a healthy
    site looked down and Varnish answered every reader with an error.
    """

    path = HEALTH_PATH

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != self.path:
            return self.get_response(request)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except (OperationalError, InterfaceError) as exception:
            return database_unavailable(exception)
        response = JsonResponse({"status": "ok"})
        add_never_cache_headers(response)
        return response

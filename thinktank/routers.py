"""Send readers' reads to the replica when DATABASE_REPLICA_URL is set.

Only the queries of an anonymous reader's GET go to the replica (the middleware
marks those requests). Writes, management commands, the admin, POSTs and any
request with a session stay on the primary, so nobody misses their own write
because of replication lag.
"""

from contextvars import ContextVar

from django.conf import settings

_reader_request = ContextVar("reader_request", default=False)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        return "replica" if _reader_request.get() else "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"


class ReaderReplicaMiddleware:
    """Marks anonymous readers' GETs as safe to serve from the replica."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reader = (
            request.method in ("GET", "HEAD")
            and not request.path.startswith("/admin/")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        )
        token = _reader_request.set(reader)
        try:
            return self.get_response(request)
        finally:
            _reader_request.reset(token)

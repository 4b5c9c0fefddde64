from django.test import RequestFactory

from thinktank.routers import ReaderReplicaMiddleware, ReplicaRouter


def route_during(request):
    """Where a read goes while `request` is being handled."""
    seen = {}

    def view(request):
        seen["db"] = ReplicaRouter().db_for_read(None)
        return None

    ReaderReplicaMiddleware(view)(request)
    return seen["db"]


def test_anonymous_reader_gets_reads_from_the_replica():
    assert route_during(RequestFactory().get("/articles/x/")) == "replica"


def test_writes_admin_and_logged_in_users_stay_on_the_primary():
    factory = RequestFactory()
    assert route_during(factory.post("/comments/post/1/")) == "default"
    assert route_during(factory.get("/admin/articles/")) == "default"
    with_session = factory.get("/", HTTP_COOKIE="sessionid=abc")
    assert route_during(with_session) == "default"


def test_writes_and_migrations_always_use_the_primary():
    router = ReplicaRouter()
    assert router.db_for_write(None) == "default"
    assert router.allow_migrate("default", "articles")
    assert not router.allow_migrate("replica", "articles")


def test_code_outside_a_request_reads_from_the_primary():
    assert ReplicaRouter().db_for_read(None) == "default"

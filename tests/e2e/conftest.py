"""Browser tests: Playwright driving Debian's Chromium against the live server."""

import os
import shutil
from importlib import import_module

import pytest
from django.core.management.sql import emit_post_migrate_signal
from django.db.migrations.loader import MigrationLoader

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
]

# Playwright's sync API runs an event loop in this thread; the ORM calls the
# tests make between browser steps are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


# The rows data migrations create, as (module, function).
MIGRATION_DATA = [
    ("articles.migrations.0002_editors_group", "create_editors"),
    ("articles.migrations.0010_contributors_group", "create_groups"),
    ("articles.migrations.0013_editors_correct_and_share", "grant"),
    ("comments.migrations.0002_moderators_group", "create_moderators"),
    ("comments.migrations.0004_moderators_read_the_log", "grant"),
    ("editions.migrations.0002_editors_group", "grant"),
    ("pages.migrations.0002_editors_permissions", "grant"),
    ("thinktank.migrations.0001_cookie_groups", "create_groups"),
    ("thinktank.migrations.0003_comment_pending_cookie", "describe"),
]


@pytest.fixture(scope="session")
def migrated_apps():
    """The models as the migrations leave them, read from the files alone."""
    return MigrationLoader(None, ignore_no_migrations=True).project_state().apps


@pytest.fixture(autouse=True)
def migration_data(transactional_db, migrated_apps):
    """What migrate made, made again before every browser test.

    Browser tests need a live server, so they run in transactions that are
    emptied by a flush afterwards, taking the groups, permissions and cookie
    groups of the data migrations with them; `serialized_rollback` cannot
    restore them here (the database is serialized on a connection this thread
    no longer sees once Playwright's event loop runs). So each test makes its
    own, whatever ran before it.
    """
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    for module, function in MIGRATION_DATA:
        getattr(import_module(module), function)(migrated_apps, None)


@pytest.fixture
def demo_site(live_server, demo):
    """The live server's address, serving the demo content."""
    return live_server.url


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.skip(
            "Chromium is not installed (make test installs it when run as root)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


def layout_shift(page, settle_ms=500):
    """The page's cumulative layout shift so far (what Chromium reported,
    waiting up to `settle_ms` for its report)."""
    return page.evaluate(
        """(settle) => new Promise((done) => {
          new PerformanceObserver((list) => done(
            list.getEntries().reduce((sum, e) => sum + e.value, 0)
          )).observe({type: "layout-shift", buffered: true});
          setTimeout(() => done(0), settle);
        })""",
        settle_ms,
    )


def sign_in(page, url, username, password):
    """Open the admin page at `url` and sign in there as `username`."""
    page.goto(url)
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()

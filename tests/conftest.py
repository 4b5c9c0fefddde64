import errno
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.core.management import call_command
from django.utils.html import strip_tags
from PIL import Image


@pytest.fixture(autouse=True)
def _test_settings(settings):
    """Fast hashing, throwaway media, plain static storage, a clean cache, and
    background tasks run at once in the test (tests/tasks/ also runs a worker)."""
    from django.core.cache import cache

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        },
    }
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
    }
    # Views are tested as they render, with no cache here or in front (so no
    # page lifetime to work out); tests/test_pagecache.py turns caching on.
    settings.PAGE_CACHE_ENABLED = False
    settings.PAGE_CACHE_SECONDS = 0
    media = tempfile.mkdtemp(prefix="journal-media-")
    settings.MEDIA_ROOT = media
    cache.clear()
    yield
    cache.clear()
    shutil.rmtree(media, ignore_errors=True)


@pytest.fixture(scope="session")
def demo_renditions(tmp_path_factory):
    """The demo pictures' WebP renditions, kept from the first test that loads
    the demo for the others (`demo`)."""
    return tmp_path_factory.mktemp("demo-renditions")


@pytest.fixture
def demo(demo_renditions):
    """The demo content, loaded by the `demo` command.

    The demo draws the same pictures every time, under the same names in a
    fresh media folder, so the renditions the first test made are copied in
    before the command runs: `make_renditions` skips those already stored,
    which saves about 9 s of the command's 11 s in every later test.
    """
    renditions = os.path.join(settings.MEDIA_ROOT, "renditions")
    made = any(demo_renditions.iterdir())
    if made:
        shutil.copytree(demo_renditions, renditions, dirs_exist_ok=True)
    call_command("demo", stdout=io.StringIO())
    if not made:
        shutil.copytree(renditions, demo_renditions, dirs_exist_ok=True)


@pytest.fixture
def database_tasks(settings):
    """Tasks stored in the database, as in production, instead of run at once."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def run_worker(database_tasks):
    """Run the real database worker in this process until no task is due
    (or until it has run `max_tasks`).

    Use it in transactional tests (`django_db(transaction=True)`): the worker
    commits, and checks its connection, as it does in production.
    """
    from django_tasks_db.management.commands.db_worker import Worker

    def run(max_tasks=None):
        Worker(
            queue_names=["default"],
            excluded_queue_names=[],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=max_tasks,
            worker_id="test-worker",
        ).run()

    return run


@pytest.fixture
def mail_server_down(settings):
    """Email goes by SMTP to a local port where nothing listens: refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port


class DiskFillsUp(FileSystemStorage):
    """Writes each file's first bytes, then finds the disk full, as Django's
    file system storage does when the media folder's disk fills up (a file
    left with what was written)."""

    def _save(self, name, content):
        super()._save(name, ContentFile(content.read(100)))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def media_disk_full(settings):
    """Call it to fill the media folder's disk (`DiskFillsUp`); call what it
    returns to make room again."""
    storages = settings.STORAGES

    def fill():
        settings.STORAGES = {
            **storages,
            "default": {"BACKEND": "tests.conftest.DiskFillsUp"},
        }
        return make_room

    def make_room():
        settings.STORAGES = storages

    return fill


def image_bytes(kind="JPEG", size=(64, 48), colour="#13294b"):
    """A real, tiny picture of the given format."""
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, kind)
    return buffer.getvalue()


def phone_photo(size=(1000, 600)):
    """A JPEG as a phone stores a portrait: sideways, with EXIF saying how to
    turn it and where it was taken."""
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: turn 90° clockwise to show
    exif[0x8825] = {1: "N", 2: (52.0, 22.0, 7.5)}  # GPSInfo: latitude
    buffer = io.BytesIO()
    Image.new("RGB", size, "#13294b").save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def manage_without_site_environment(tmp_path, *args):
    """Run `manage.py *args` as cron would, without the site's DATABASE_URL
    (a new SQLite file in `tmp_path` instead); the finished process."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DATABASE_", "DJANGO_SETTINGS"))
    }
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )


@pytest.fixture
def editor(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        "ed", "ed@example.com", "pw", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(editor):
    """A browser session logged in as an editor (separate from `client`)."""
    from django.test import Client

    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def contributor(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        "cora", "cora@example.com", "pw", is_staff=True, first_name="Cora"
    )
    user.groups.add(Group.objects.get(name="Contributors"))
    return user


@pytest.fixture
def contributor_client(contributor):
    """A browser session logged in as a contributor (writes, cannot publish)."""
    from django.test import Client

    client = Client()
    client.force_login(contributor)
    return client


def boxes_and_what_they_say(html, name):
    """Each of a date-and-time pair's boxes: its name for a screen reader and
    the texts its aria-describedby leads to (ids that lead nowhere say "?")."""
    said = {}
    for box in re.findall(rf'<input [^>]*name="{name}_[01]"[^>]*>', html):
        label = re.search(r'aria-label="([^"]*)"', box)
        ids = re.search(r'aria-describedby="([^"]*)"', box)
        texts = []
        for id_ in ids.group(1).split() if ids else []:
            found = re.search(rf'id="{id_}"[^>]*>(.*?)</(?:ul|div)>', html, re.S)
            texts.append(strip_tags(found.group(1)).strip() if found else "?")
        said[label.group(1) if label else None] = texts
    return said

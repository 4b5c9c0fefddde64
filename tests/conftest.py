import io
import shutil
import tempfile

import pytest
from PIL import Image


@pytest.fixture(autouse=True)
def _test_settings(settings):
    """Fast hashing, throwaway media, plain static storage, a clean cache."""
    from django.core.cache import cache

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        },
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


def image_bytes(kind="JPEG", size=(64, 48), colour="#13294b"):
    """A real, tiny picture of the given format."""
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, kind)
    return buffer.getvalue()


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

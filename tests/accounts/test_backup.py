"""Back up the demo site, lose everything, restore: nothing is missing.

Runs on the database the suite runs on: SQLite normally, PostgreSQL when
DATABASE_URL says so (as .ci/run does).
"""

import hashlib
import io
import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.models.signals import post_save
from django.test import Client

from articles.models import Article, Photo, PromoSlot
from authors.models import Author
from comments.models import Comment
from tests.conftest import manage_without_site_environment
from thinktank.backups import DATABASE_FILES
from thinktank.renditions import make_renditions, make_renditions_on_save

# Hidden form values that differ on every render of the same page.
PER_RENDER = re.compile(r'(name="(?:csrfmiddlewaretoken|token)" value=")[^"]*"')


def page_html(path, cache_status=None):
    response = Client().get(path)
    if cache_status:
        assert response["X-Page-Cache"] == cache_status
    return PER_RENDER.sub(r'\1"', response.content.decode())


def media_files():
    root = Path(settings.MEDIA_ROOT)
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in root.rglob("*")
        if path.is_file()
    }


def contents():
    return {
        "articles": sorted(Article.objects.values_list("slug", "body", "status")),
        "comments": sorted(
            Comment.objects.values_list("pk", "parent", "status", "text", "email")
        ),
        "pictures": sorted(
            [article.hero_image.name for article in Article.objects.all()]
            + [photo.image.name for photo in Photo.objects.all()]
            + [author.photo.name for author in Author.objects.all()]
        ),
    }


@pytest.fixture
def demo_site():
    """The demo content. WebP renditions (20 s of the demo's 30) are made for
    a few pictures only: they are media files like any other."""
    models = (Article, Photo, PromoSlot, Author)
    for model in models:
        post_save.disconnect(make_renditions_on_save, sender=model)
    try:
        call_command("demo", stdout=io.StringIO())
    finally:
        for model in models:
            post_save.connect(make_renditions_on_save, sender=model)
    for article in Article.objects.exclude(hero_image="")[:2]:
        make_renditions(article.hero_image)


@pytest.mark.django_db(transaction=True)
def test_a_backup_brings_back_the_whole_site(demo_site, tmp_path, settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_SECONDS = 600
    article = Article.objects.published().filter(comments__isnull=False).first()
    before = {
        "contents": contents(),
        "media": media_files(),
        "home": page_html("/", "miss"),
        "article": page_html(article.get_absolute_url(), "miss"),
    }
    assert before["contents"]["comments"] and any(before["contents"]["pictures"])
    assert any(name.startswith("renditions/") for name in before["media"])

    call_command("backup", str(tmp_path / "backup"), stdout=io.StringIO())
    # An edit after the backup, seen by readers (and cached), is lost with the
    # server: the restored site must not show it from a cache either.
    article.title = "Written after the backup"
    article.save()
    assert "Written after the backup" in page_html(article.get_absolute_url(), "miss")
    call_command("flush", interactive=False, verbosity=0)
    for path in Path(settings.MEDIA_ROOT).iterdir():
        if path.is_dir():
            for file in path.rglob("*"):
                if file.is_file():
                    file.unlink()
    assert not Article.objects.exists() and not media_files()

    out = io.StringIO()
    call_command("restore", str(tmp_path / "backup"), "--noinput", stdout=out)

    assert f"Restored the {connection.vendor} database" in out.getvalue()
    assert contents() == before["contents"]
    assert media_files() == before["media"]
    # Rendered from the restored database, not served from before the loss.
    assert page_html(article.get_absolute_url(), "miss") == before["article"]
    assert page_html("/", "miss") == before["home"]


@pytest.mark.django_db
def test_backup_wants_a_new_folder(tmp_path):
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "notes.txt").write_text("keep")

    with pytest.raises(CommandError, match="not empty"):
        call_command("backup", str(tmp_path / "old"))


def test_a_backup_without_the_sites_environment_is_refused(tmp_path):
    """From cron, without DATABASE_URL, the settings fall back to a new SQLite
    file: backing that up reported success and saved nothing."""
    result = manage_without_site_environment(
        tmp_path, "backup", str(tmp_path / "nightly")
    )
    assert result.returncode == 1
    assert "has no tables: nothing to back up" in result.stderr
    assert not (tmp_path / "nightly").exists()


# Transactional: SQLite's backup waits for a test's open transaction.
@pytest.mark.django_db(transaction=True)
def test_a_backup_is_open_to_its_owner_only(tmp_path):
    """The database in it holds password hashes, second-factor keys and the
    keys of open sessions: other accounts on the machine may not read it."""
    call_command("backup", str(tmp_path / "nightly"), stdout=io.StringIO())

    assert (tmp_path / "nightly").stat().st_mode & 0o777 == 0o700


@pytest.mark.django_db
def test_restore_refuses_a_folder_that_is_no_backup(tmp_path):
    with pytest.raises(CommandError, match="not a backup"):
        call_command("restore", str(tmp_path), "--noinput")


@pytest.mark.django_db
def test_restore_refuses_a_folder_that_is_no_backup_before_asking(
    tmp_path, monkeypatch
):
    monkeypatch.setattr("builtins.input", pytest.fail)  # never asked
    with pytest.raises(CommandError, match="not a backup"):
        call_command("restore", str(tmp_path))


@pytest.mark.django_db
def test_restore_with_no_one_to_answer_is_cancelled_and_names_noinput(
    tmp_path, monkeypatch
):
    manifest = {  # a backup of this database's engine (SQLite or PostgreSQL)
        "engine": connection.vendor,
        "database": DATABASE_FILES[connection.vendor],
        "media": "",
        "media_files": 0,
        "created": "2026-12-06T03:15:00+00:00",
    }
    (tmp_path / "backup.json").write_text(json.dumps(manifest))

    def no_input(prompt):
        raise EOFError  # cron, a script, input from /dev/null

    monkeypatch.setattr("builtins.input", no_input)
    with pytest.raises(CommandError, match="cancelled .*--noinput"):
        call_command("restore", str(tmp_path))

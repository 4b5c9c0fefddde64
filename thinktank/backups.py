"""Back up and restore the whole journal in one step: the database and the media.

A backup is a folder holding `backup.json` (what it is), the database (an
SQLite file made with SQLite's online backup API, which is what the shell's
`.backup` uses, or a `pg_dump` custom-format archive) and a copy of the media
folder. Both work while the site runs. docs/operations.md says when to run
them and how to restore by hand.
"""

import json
import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections
from django.utils import timezone

from .pagecache import SITE_KEY, purge

MANIFEST = "backup.json"
MEDIA = "media"
DATABASE_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why."""


def engine(connection):
    if connection.vendor not in DATABASE_FILES:
        raise BackupError(f"Cannot back up a {connection.vendor} database.")
    return connection.vendor


def back_up(directory, *, using=DEFAULT_DB_ALIAS):
    """Write a backup of the database and the media folder into `directory`
    (new or empty); return the manifest written."""
    directory = Path(directory)
    if directory.exists() and any(directory.iterdir()):
        raise BackupError(f"{directory} is not empty: choose a new folder.")
    connection = connections[using]
    vendor = engine(connection)
    if not connection.introspection.table_names():
        # Run without the site's environment (from cron, say), the settings
        # fall back to a new, empty SQLite file: a backup of it is worthless.
        raise BackupError(
            f"The {vendor} database {connection.settings_dict['NAME']} has no "
            "tables: nothing to back up. Run the command with the site's "
            "environment (DATABASE_URL, MEDIA_ROOT...)."
        )
    directory.mkdir(parents=True, exist_ok=True)
    # The database holds password hashes, second-factor keys and the keys of
    # open sessions: only the owner may enter the folder.
    directory.chmod(0o700)
    database = directory / DATABASE_FILES[vendor]
    if vendor == "sqlite":
        connection.ensure_connection()
        with closing(sqlite3.connect(database)) as target:
            connection.connection.backup(target)
    else:
        _run_postgresql_tool(
            connection, "pg_dump", ["--format=custom", f"--file={database}"]
        )
    media = Path(settings.MEDIA_ROOT)
    files = 0
    if media.is_dir():
        shutil.copytree(media, directory / MEDIA)
        files = sum(1 for path in (directory / MEDIA).rglob("*") if path.is_file())
    manifest = {
        "engine": vendor,
        "database": database.name,
        "media": MEDIA if media.is_dir() else None,
        "media_files": files,
        "created": timezone.now().isoformat(),
        "release": settings.RELEASE,
    }
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def read_backup(directory, *, using=DEFAULT_DB_ALIAS):
    """The manifest of the backup in `directory`, once it is known to be one
    that `restore` can put into the database `using`."""
    directory = Path(directory)
    try:
        manifest = json.loads((directory / MANIFEST).read_text())
    except FileNotFoundError:
        raise BackupError(f"{directory} holds no {MANIFEST}: not a backup.") from None
    vendor = engine(connections[using])
    if manifest["engine"] != vendor:
        raise BackupError(
            f"This is a {manifest['engine']} backup; the database is {vendor}."
        )
    return manifest


def restore(directory, *, using=DEFAULT_DB_ALIAS):
    """Replace the database's content with the backup in `directory` and copy
    its media back into the media folder; return the backup's manifest."""
    directory = Path(directory)
    manifest = read_backup(directory, using=using)
    connection = connections[using]
    vendor = engine(connection)
    database = directory / manifest["database"]
    if vendor == "sqlite":
        connection.ensure_connection()
        with closing(sqlite3.connect(database)) as source:
            source.backup(connection.connection)
    else:
        # pg_restore drops and recreates every table: no connection of ours may
        # hold a lock on one meanwhile.
        connection.close()
        with database.open("rb") as archive:
            _run_postgresql_tool(
                connection,
                "pg_restore",
                [
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--no-privileges",
                    "--single-transaction",
                    "--exit-on-error",
                    "--dbname",
                ],
                stdin=archive,
            )
    if manifest["media"]:
        shutil.copytree(
            directory / manifest["media"], settings.MEDIA_ROOT, dirs_exist_ok=True
        )
    # Pages cached before the restore may show what is no longer there. The
    # purge numbers came back with the database, so the origin cache is
    # emptied rather than purged; the shared cache in front is told.
    cache.clear()
    purge([SITE_KEY])
    return manifest


def _run_postgresql_tool(connection, tool, options, stdin=None):
    """Run pg_dump or pg_restore against `connection`'s database, connecting
    as Django does (psql's arguments and environment from Django's client)."""
    args, env = connection.client.settings_to_cmd_args_env(
        connection.settings_dict, options
    )
    result = subprocess.run(
        [tool, *args[1:]],
        env={**os.environ, **(env or {})},
        stdin=stdin,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise BackupError(f"{tool} failed: {result.stderr.strip()}")

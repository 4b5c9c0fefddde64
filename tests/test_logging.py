"""Log lines an operator can read: when, how bad, and from where."""

import logging
import os
import re
import subprocess
import sys

from django.conf import settings


def test_a_log_line_names_its_time_level_and_logger(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DATABASE_", "DJANGO_SETTINGS"))
    }
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "import logging; logging.getLogger('django_redis.cache')"
            ".error('Exception ignored')",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert re.search(
        r"^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}\] \[\d+\] \[ERROR\] "
        r"django_redis.cache: Exception ignored$",
        result.stderr,
        re.MULTILINE,
    ), result.stderr


def test_a_cache_error_the_site_lives_through_is_one_line(caplog):
    try:
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Refused.")
    except ConnectionError:
        logging.getLogger("django_redis.cache").exception("Exception ignored")
    [record] = caplog.records
    assert record.exc_info is None
    assert record.getMessage() == (
        "Exception ignored: Error 111 connecting to 127.0.0.1:6379. Refused."
    )

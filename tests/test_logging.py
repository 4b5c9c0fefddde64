"""Log lines an operator can read: when, how bad, and from where."""

import logging
import re

from tests.conftest import manage_without_site_environment


def test_a_log_line_names_its_time_level_and_logger(tmp_path):
    result = manage_without_site_environment(
        tmp_path,
        "shell",
        "-c",
        "import logging; logging.getLogger('django_redis.cache').error('Exception ignored')",
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

"""Never stale across processes: two gunicorn workers, each with its own
local-memory cache, and changes made by other processes (a management
command, a shell) shown on the very next request by either worker."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SETUP = """
from articles.models import Article, Category
from authors.models import Author
from comments.models import Comment
section = Category.objects.create(name="Economy", slug="economy")
author = Author.objects.create(name="Ada Fellow", slug="ada-fellow")
article = Article.objects.create(
    title="Before the change", slug="the-article", standfirst="One line.",
    body="<p>Text.</p>", category=section, status="published",
)
article.authors.add(author)
Comment.objects.create(
    article=article, name="Reader", email="r@example.org", text="A queued remark.",
    status="pending",
)
"""
EDIT = """
from articles.models import Article
article = Article.objects.get(slug="the-article")
article.title = "After the change"
article.save()
"""
APPROVE = """
from django.contrib.auth.models import User
from comments.models import Comment
from comments.services import moderate_comments
moderate_comments(
    comments=Comment.objects.all(), decision="approved",
    by=User.objects.create(username="desk"),
)
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def site(tmp_path):
    """The journal on a file database, served by two gunicorn workers."""
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'journal.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PAGE_CACHE": "1",
        "PAGE_CACHE_SECONDS": "600",
        "LOG_LEVEL": "ERROR",
    }
    env.pop("REDIS_URL", None)  # each worker has its own local-memory cache

    def manage(*args):
        subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True,
            capture_output=True,
        )  # fmt: skip

    manage("migrate", "--noinput")
    manage("shell", "-c", SETUP)
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "thinktank.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--config",
            "/dev/null",
        ],  # fmt: skip
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/articles/the-article/"
    for _ in range(100):
        try:
            urllib.request.urlopen(url, timeout=2)
            break
        except OSError:
            time.sleep(0.2)
    yield url, manage
    server.terminate()
    server.wait(10)


def read_many(url, times=20):
    pages = []
    for _ in range(times):
        with urllib.request.urlopen(url, timeout=10) as response:
            pages.append((response.headers["X-Page-Cache"], response.read().decode()))
    return pages


def test_changes_from_other_processes_show_on_every_worker_at_once(site):
    url, manage = site
    before = read_many(url)
    assert all("Before the change" in page for _, page in before)
    assert sum(status == "hit" for status, _ in before) >= 16  # both workers cached

    manage("shell", "-c", EDIT)
    after = read_many(url)
    assert all("After the change" in page for _, page in after)

    manage("shell", "-c", APPROVE)
    assert all("A queued remark." in page for _, page in read_many(url))

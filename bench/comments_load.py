"""Bounded load test: many readers posting comments at once.

Starts gunicorn on 127.0.0.1 against the database in DATABASE_URL (a fresh
SQLite file under bench/ by default), lets --clients readers post comments
through the real form for --seconds, then checks that every comment the site
accepted (a redirect) is stored, and that nothing answered with a 5xx. One task
worker runs beside gunicorn, as in production; once the load stops it is
stopped, the tasks still queued are drained, and every accepted comment must
have had its moderators' email sent by a task.

    .venv/bin/python bench/comments_load.py                      # SQLite
    DATABASE_URL=postgres://journal:journal@127.0.0.1:5432/journal_bench \\
    REDIS_URL=redis://127.0.0.1:6379/1 .venv/bin/python bench/comments_load.py

The rate limit and the minimum fill time are lifted for the run through their
settings (COMMENTS_RATE_LIMIT, COMMENTS_MIN_FILL_SECONDS); everything else is
the site as deployed. Only ever point it at 127.0.0.1.
"""

import argparse
import http.client
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SLUG = "comments-load-test"
TEXT_PREFIX = "load-test comment"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--port", type=int, default=8191)
    parser.add_argument("--workers", type=int, default=5, help="gunicorn workers")
    return parser.parse_args()


def server_env():
    env = dict(os.environ)
    env.setdefault(
        "DATABASE_URL", f"sqlite:///{ROOT / 'bench' / 'comments-load.sqlite3'}"
    )
    env.update(
        DEBUG="1",
        COMMENTS_RATE_LIMIT="1000000",
        COMMENTS_MIN_FILL_SECONDS="0",
        COMMENTS_MODERATOR_EMAILS="desk@example.com",
        EMAIL_BACKEND="django.core.mail.backends.console.EmailBackend",
        DJANGO_SETTINGS_MODULE="thinktank.settings",
    )
    return env


def prepare(env):
    """Migrate, and give the load test an article with no comments."""
    python = str(ROOT / ".venv" / "bin" / "python")
    subprocess.run(
        [python, "manage.py", "migrate", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from articles.models import Article, Category
    from authors.models import Author

    category, _ = Category.objects.get_or_create(
        slug="load-tests", parent=None, defaults={"name": "Load tests"}
    )
    article, _ = Article.objects.get_or_create(
        slug=SLUG,
        defaults={
            "title": "Load test",
            "standfirst": "An article for the comments load test.",
            "body": "<p>Comment on this.</p>",
            "category": category,
            "status": Article.Status.PUBLISHED,
        },
    )
    if not article.authors.exists():
        author, _ = Author.objects.get_or_create(
            slug="load-tester", defaults={"name": "Load Tester"}
        )
        article.authors.add(author)
    article.comments.all().delete()
    return article


class Poster(threading.Thread):
    """One reader: opens the comment form once, then posts comment after comment."""

    def __init__(self, number, port, deadline, results):
        super().__init__(name=f"poster-{number}")
        self.number, self.port, self.deadline, self.results = (
            number,
            port,
            deadline,
            results,
        )
        self.cookies = {}

    def request(self, method, path, body=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"http://127.0.0.1:{self.port}"
            headers["Referer"] = f"http://127.0.0.1:{self.port}/articles/{SLUG}/"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read().decode("utf-8", "replace")
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name] = rest.split(";", 1)[0]
        connection.close()
        return response, content

    def run(self):
        # The article page is the same for every reader (its form's tokens come
        # from the comment state view); the form's own page, for readers
        # without JavaScript, carries them in the HTML.
        _, page = self.request("GET", f"/comments/{SLUG}/")
        form = {
            name: re.search(rf'name="{name}" value="([^"]+)"', page).group(1)
            for name in ("csrfmiddlewaretoken", "token")
        }
        sent = 0
        while time.monotonic() < self.deadline:
            text = f"{TEXT_PREFIX} {self.number}-{sent}"
            body = urllib.parse.urlencode(
                {
                    **form,
                    "text": text,
                    "name": f"Reader {self.number}",
                    "email": f"reader{self.number}@example.com",
                    "website": "",
                    "parent": "",
                    "homepage": "",
                }
            )
            started = time.monotonic()
            try:
                response, _ = self.request("POST", f"/comments/{SLUG}/", body)
                status = response.status
            except OSError as error:
                status = f"error: {type(error).__name__}"
            self.results.append((status, time.monotonic() - started, text))
            sent += 1


def wait_for(port, timeout=20):
    until = time.monotonic() + timeout
    while time.monotonic() < until:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/health/")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def run_load(args, env, log):
    """Serve with gunicorn and one task worker while the posters post.

    Returns the results, the duration, and how many tasks were still queued
    when the load stopped (then drained by a worker in batch mode).
    """
    worker_command = [
        str(ROOT / ".venv" / "bin" / "python"),
        "manage.py",
        "db_worker",
        "--no-reload",
        "--no-startup-delay",
    ]
    worker = subprocess.Popen(
        worker_command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
    )
    server = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "thinktank.wsgi",
            "--bind",
            f"127.0.0.1:{args.port}",
            "--workers",
            str(args.workers),
            "--access-logfile",
            "/dev/null",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for(args.port)
        results = []
        deadline = time.monotonic() + args.seconds
        posters = [Poster(n, args.port, deadline, results) for n in range(args.clients)]
        started = time.monotonic()
        for poster in posters:
            poster.start()
        for poster in posters:
            poster.join()
        elapsed = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
        worker.terminate()  # finishes the task in hand, then exits
        worker.wait(timeout=60)
    from django_tasks_db.models import DBTaskResult

    backlog = DBTaskResult.objects.filter(status="READY").count()
    subprocess.run(
        [*worker_command, "--batch"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        check=True,
    )
    return results, elapsed, backlog


def main():
    args = parse_args()
    env = server_env()
    article = prepare(env)
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    with open(out / "comments-load-server.log", "w") as log:
        results, elapsed, backlog = run_load(args, env, log)

    from django_tasks_db.models import DBTaskResult

    from comments.models import Comment

    accepted = {text for status, _, text in results if status == 302}
    stored = list(
        Comment.objects.filter(article=article).values_list("text", flat=True)
    )
    emails = Counter(
        DBTaskResult.objects.filter(
            task_path="comments.tasks.notify_moderators",
            args_kwargs__kwargs__comment_id__in=list(
                Comment.objects.filter(article=article).values_list("pk", flat=True)
            ),
        ).values_list("status", flat=True)
    )
    statuses = Counter(status for status, _, _ in results)
    latencies = sorted(duration for _, duration, _ in results)
    server_errors = sum(
        n for status, n in statuses.items() if isinstance(status, int) and status >= 500
    )
    database = env["DATABASE_URL"].split(":", 1)[0]
    print(
        f"database        {database}  (cache: {env.get('REDIS_URL') or 'local memory'})"
    )
    print(f"clients         {args.clients} for {elapsed:.1f} s, {args.workers} workers")
    print(f"requests        {len(results)}  statuses {dict(statuses)}")
    print(f"accepted        {len(accepted)}  ({len(accepted) / elapsed:.1f} posts/s)")
    print(
        f"stored          {len(stored)}  (duplicates: {len(stored) - len(set(stored))})"
    )
    print(f"lost            {len(accepted - set(stored))}")
    print(f"5xx             {server_errors}")
    print(
        f"email tasks     {emails.total()}  {dict(emails)}  "
        f"(still queued when the load stopped: {backlog})"
    )
    print(
        f"latency         p50 {statistics.median(latencies) * 1000:.0f} ms, "
        f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.0f} ms, "
        f"max {latencies[-1] * 1000:.0f} ms"
    )
    ok = (
        server_errors == 0
        and accepted <= set(stored)
        and len(results) == len(accepted)
        and emails == {"SUCCESSFUL": len(stored)}
    )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

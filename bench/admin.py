#!/usr/bin/env python3
"""The moderators' and editors' admin pages, timed at the size of a real archive.

    .venv/bin/python bench/admin.py [--dbs sqlite postgresql] [--articles 100000]
                                    [--comments 1000000] [--rounds 5] [--docs]

For each database it migrates and seeds (`manage.py seed`, skipped when the
database already holds the articles), collects the static files, then, in a fresh process with DEBUG off,
requests every page a moderator or an editor uses through Django's test client
logged in as that person: one request to warm up, then `--rounds` timed ones.
It reports the median time, the HTML size, the SQL queries of one request and
the worker's extra peak memory over the page's requests (Linux: the process's
peak RSS is reset through /proc/self/clear_refs before each page). The two
POSTs (one click, a bulk decision on 50 comments) change comments, so each
round decides on other pending comments.

Databases: SQLite in bench/out/admin-n<articles>.sqlite3; PostgreSQL at
--pg-url (default: the `journal_moderation` database on 127.0.0.1, with Redis
database 6 as the cache). `--docs` writes the table into docs/benchmarks.md
under its own heading (between the markers below), followed by
bench/ADMIN-NOTES.md, leaving the rest alone;
`--report-only` makes the table again from bench/out/admin-n<articles>-<db>.json.
"""

import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

from run import OUT, PY, ROOT, production_env

DOCS = ROOT / "docs" / "benchmarks.md"
START = "<!-- bench/admin.py: start -->"
END = "<!-- bench/admin.py: end -->"
# The budgets of issue 23, for every page.
BUDGET_MS, BUDGET_KB, BUDGET_MB = 300, 300, 100


def env_for(db, args):
    env = production_env(
        DJANGO_SETTINGS_MODULE="thinktank.settings",
        # The pages are measured as a signed-in session sees them; the second
        # factor (docs/accounts.md) is a step of signing in, not of each page.
        STAFF_2FA_REQUIRED="0",
    )
    if db == "sqlite":
        env["DATABASE_URL"] = f"sqlite:///{OUT / f'admin-n{args.articles}.sqlite3'}"
    else:
        env["DATABASE_URL"] = args.pg_url
        env["REDIS_URL"] = args.redis_url
    return env


def prepare(db, args):
    env = env_for(db, args)
    OUT.mkdir(parents=True, exist_ok=True)
    for command in (["migrate"], ["collectstatic", "--noinput"]):
        subprocess.run(
            [PY, "manage.py", *command, "-v0"], env=env, cwd=ROOT, check=True
        )
    subprocess.run(
        [
            PY,
            "manage.py",
            "seed",
            "--articles",
            str(args.articles),
            "--comments",
            str(args.comments),
        ],
        env=env,
        cwd=ROOT,
        check=True,
    )
    return env


def measure(db, args):
    env = prepare(db, args)
    out = subprocess.run(
        [PY, __file__, "--child", "--rounds", str(args.rounds)],
        env=env,
        cwd=ROOT,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


# The child: runs inside Django, against one database.


def memory_kb(field):
    """VmRSS or VmHWM (peak) of this process, in KB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def reset_peak_memory():
    """Make the peak RSS (VmHWM) start again from the current RSS (Linux 4.0+)."""
    Path("/proc/self/clear_refs").write_text("5")


def child(rounds):
    import statistics
    import time

    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from articles.admin import ArticleAdmin
    from articles.models import Article
    from authors.models import Author
    from comments.admin import CommentAdmin
    from comments.models import Comment

    User = get_user_model()

    def staff(username, group):
        user, _ = User.objects.get_or_create(
            username=username, defaults={"is_staff": True}
        )
        user.groups.add(Group.objects.get(name=group))
        client = Client()
        client.force_login(user)
        return client

    moderator = staff("bench-moderator", "Moderators")
    editor = staff("bench-editor", "Editors")

    newest = Comment.objects.order_by("-created_at", "-pk").first()
    busy = newest.article_id
    sample = Comment.objects.filter(ip_address__isnull=False).order_by("pk").first()
    reply = Comment.objects.filter(parent__isnull=False).order_by("-pk").first()
    article = Article.objects.order_by("-pk").first()
    author = Author.objects.order_by("pk").first()
    # As Django's date filter writes them: local midnights.
    today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    week_ago = quote(str(today - datetime.timedelta(days=7)))
    tomorrow = quote(str(today + datetime.timedelta(days=1)))
    queue = "/admin/comments/comment/"
    articles = "/admin/articles/article/"
    # Deep pages, as far in as the archive goes (page 500 and 100 at full size).
    article_page = min(500, Article.objects.count() // ArticleAdmin.list_per_page) or 1
    approved = Comment.objects.filter(status=Comment.Status.APPROVED).count()
    queue_page = min(100, approved // CommentAdmin.list_per_page) or 1
    pages = [
        ("moderator", "admin index", "/admin/", None),
        ("moderator", "comment queue (pending, newest first)", queue, None),
        ("moderator", "queue: all statuses", f"{queue}?status=all", None),
        ("moderator", "queue: spam", f"{queue}?status=spam", None),
        (
            "moderator",
            f"queue: approved, page {queue_page}",
            f"{queue}?status=approved&p={queue_page}",
            None,
        ),
        ("moderator", "queue: one article", f"{queue}?article={busy}&status=all", None),
        (
            "moderator",
            "queue: find an article (word)",
            f"{queue}?article_q=energy",
            None,
        ),
        (
            "moderator",
            "queue: posted in the past 7 days",
            f"{queue}?status=all&created_at__gte={week_ago}&created_at__lt={tomorrow}",
            None,
        ),
        ("moderator", "search: email", f"{queue}?status=all&q={sample.email}", None),
        (
            "moderator",
            "search: IP address",
            f"{queue}?status=all&q={sample.ip_address}",
            None,
        ),
        ("moderator", "search: name", f"{queue}?q=Maya", None),
        ("moderator", "search: word in text", f"{queue}?status=all&q=region", None),
        ("moderator", "comment page (thread, log)", f"{queue}{reply.pk}/change/", None),
        ("moderator", "reply as the journal (form)", f"{queue}{reply.pk}/reply/", None),
        ("moderator", "moderation log", "/admin/comments/moderationlogentry/", None),
        ("moderator", "one-click approve (POST)", None, "decide"),
        ("moderator", "bulk approve of 50 (POST)", None, "bulk"),
        ("editor", "admin index", "/admin/", None),
        ("editor", "article list", articles, None),
        ("editor", "article list: search a word", f"{articles}?q=grid", None),
        (
            "editor",
            f"article list: page {article_page}",
            f"{articles}?p={article_page}",
            None,
        ),
        (
            "editor",
            "article list: published filter",
            f"{articles}?status__exact=published",
            None,
        ),
        ("editor", "article edit form", f"{articles}{article.pk}/change/", None),
        ("editor", "article add form", f"{articles}add/", None),
        ("editor", "author list", "/admin/authors/author/", None),
        (
            "editor",
            "author edit form",
            f"/admin/authors/author/{author.pk}/change/",
            None,
        ),
        ("editor", "tag list", "/admin/taggit/tag/", None),
    ]
    clients = {"moderator": moderator, "editor": editor}

    def pending(count):
        return list(
            Comment.objects.filter(status="pending")
            .order_by("-created_at", "-pk")
            .values_list("pk", flat=True)[:count]
        )

    def post(client, kind):
        if kind == "decide":
            (pk,) = pending(1)
            return client.post(
                f"{queue}{pk}/decide/", {"decision": "approved", "next": queue}
            )
        return client.post(
            queue,
            {
                "action": "approve",
                "_selected_action": [str(pk) for pk in pending(50)],
                "index": "0",
            },
        )

    results = []
    for who, name, url, kind in pages:
        client = clients[who]

        def request():
            return post(client, kind) if kind else client.get(url)  # noqa: B023

        queries = []

        def record(execute, sql, params, many, context):
            queries.append(sql)  # noqa: B023
            return execute(sql, params, many, context)

        with connection.execute_wrapper(record):
            response = request()
        expected = 302 if kind else 200
        assert response.status_code == expected, (name, response.status_code)
        reset_peak_memory()
        base = memory_kb("VmRSS")
        timings = []
        for _ in range(rounds):
            start = time.perf_counter()
            request()
            timings.append(time.perf_counter() - start)
        sql = [q.lstrip().upper() for q in queries]
        results.append(
            {
                "who": who,
                "page": name,
                "url": url or f"POST ({kind})",
                "ms": round(statistics.median(timings) * 1000, 1),
                "html_kb": round(len(response.content) / 1024, 1) if not kind else None,
                "queries": len(sql),
                "updates": sum(s.startswith("UPDATE") for s in sql),
                "extra_mb": round((memory_kb("VmHWM") - base) / 1024, 1),
            }
        )
    load = round(os.getloadavg()[0], 1)
    print(json.dumps({"vendor": connection.vendor, "pages": results, "load": load}))


# The report.


def table(results, args):
    dbs = list(results)
    head = "| who | page | " + " | ".join(
        f"{db} ms | {db} HTML KB | {db} +MB | {db} queries" for db in dbs
    )
    lines = [
        f"Measured {datetime.date.today().isoformat()} by `bench/admin.py` on "
        f"{platform.machine()} ({os.cpu_count()} cores, shared), "
        f"{args.articles:,} articles and {args.comments:,} comments: Django's test "
        f"client in one process with DEBUG off, logged in; median of {args.rounds} "
        "requests after one to warm up; +MB is the process's extra peak memory over "
        "those requests; queries are one request's. Load average at the end of "
        "each database's run: "
        + ", ".join(f"{db} {results[db].get('load', 'not recorded')}" for db in dbs)
        + " (other work shares the machine). Budget: "
        f"{BUDGET_MS} ms, {BUDGET_KB} KB of HTML, {BUDGET_MB} MB.",
        "",
        head + " |",
        "|---|---|" + "---:|" * (4 * len(dbs)),
    ]
    first = results[dbs[0]]["pages"]
    for i, row in enumerate(first):
        cells = []
        for db in dbs:
            r = results[db]["pages"][i]
            over = r["ms"] > BUDGET_MS or (r["html_kb"] or 0) > BUDGET_KB
            cells += [
                f"**{r['ms']}**" if over else str(r["ms"]),
                "—" if r["html_kb"] is None else str(r["html_kb"]),
                str(r["extra_mb"]),
                str(r["queries"])
                + (f" ({r['updates']} UPDATE)" if r["url"].startswith("POST") else ""),
            ]
        lines.append(f"| {row['who']} | {row['page']} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def write_docs(text):
    notes = ROOT / "bench" / "ADMIN-NOTES.md"
    if notes.exists():
        text += "\n" + notes.read_text()
    section = f"{START}\n## Admin pages: moderators and editors (bench/admin.py)\n\n{text}{END}\n"
    current = DOCS.read_text() if DOCS.exists() else ""
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END) + r"\n?", re.S)
    if pattern.search(current):
        updated = pattern.sub(lambda _: section, current)
    elif "\n## " in current:  # after bench/run.py's table, before its notes
        head, tail = current.split("\n## ", 1)
        updated = f"{head.rstrip()}\n\n{section}\n## {tail}"
    else:
        updated = current.rstrip("\n") + "\n\n" + section
    DOCS.write_text(updated)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dbs", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--comments", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--pg-url",
        default="postgres://journal:journal@127.0.0.1:5432/journal_moderation",
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/6")
    parser.add_argument("--docs", action="store_true", help="write docs/benchmarks.md")
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="print (and with --docs write) the table of the last run's results",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.rounds)
        return
    # One file a database, so the two can be measured by separate runs.
    saved = {db: OUT / f"admin-n{args.articles}-{db}.json" for db in args.dbs}
    if args.report_only:
        results = {db: json.loads(saved[db].read_text()) for db in args.dbs}
    else:
        results = {}
        for db in args.dbs:
            results[db] = measure(db, args)
            saved[db].write_text(json.dumps(results[db], indent=1))
    text = table(results, args)
    print(text)
    if args.docs:
        write_docs(text)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The journal's benchmark, side by side with the Wagtail peer.

    .venv/bin/python bench/run.py [--sizes 1000 100000] [--dbs sqlite postgresql]
                                  [--rounds 3] [--duration 10s] [--warmup 3s]
                                  [--peer /work/peer]

For every database and size it seeds a database when needed (manage.py seed),
starts the production setup (gunicorn, DEBUG off, whitenoise; 2 sync workers as
the peer runs, where gunicorn.conf.py deploys 2 × cores + 1) on
127.0.0.1:8280, and measures with wrk (`-t2 -c8 --latency`, the peer's settings)
the article, home, category, two search and the feed pages, cold and warm:

- cold: every cache off (PAGE_CACHE=0 PAGE_CACHE_SECONDS=0): no origin page
  cache, no lifetime queries, `Cache-Control: no-cache`; what the origin costs
  when a shared cache in front misses and nothing else helps;
- warm: the origin page cache on (PAGE_CACHE=1), one cache read and one purge
  check a page.

PostgreSQL runs use Redis (database 9) for the cache. Rounds are interleaved
(ours and the peer's, per size and database) and the table reports medians. It
prints the table and writes it into docs/benchmarks.md between its markers
(write_block; the reading around it is written by hand).
Varnish in front: bench/varnish.py; faults: bench/faults.py.

Needs: wrk, and for PostgreSQL a server on 127.0.0.1:5432 with the `journal` role
(`bash .ci/services.sh` starts PostgreSQL and Redis). Traffic stays on 127.0.0.1.
The peer (`--peer`): a copy of ../shared/peers/wagtail with its virtualenv installed
as its README says; its PostgreSQL role and databases are made here, and its
bench.sh seeds each database on first use. Its gunicorn listens on PEER_PORT
(8281; the copy's bench.sh reads `PORT=${PEER_PORT:-8101}`).
"""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PY = str(ROOT / ".venv" / "bin" / "python")
PORT = 8280
PEER_PORT = 8281
BASE = f"http://127.0.0.1:{PORT}"
PG_ADMIN_URL = "postgres://journal:journal@127.0.0.1:5432/"
REDIS_URL = "redis://127.0.0.1:6379/9"
# "search" looks for a rarer pair of words (5 matches at 1,000 articles, ~800 at
# 100,000); "search-common" for a word in nearly every seeded article.
# "comment-state" is what a browser with JavaScript asks after each article
# page (static/js/comments.js): never cached, so it reaches gunicorn even when
# a shared cache in front serves the page.
PAGES = [
    "article",
    "home",
    "category",
    "search",
    "search-common",
    "feed",
    "comment-state",
]


def log(*parts):
    print(*parts, flush=True)


def production_env(**settings):
    """This process's environment with the site set up as in production (DEBUG
    off, a secret key, no query log), served on 127.0.0.1 over plain HTTP, and
    no REDIS_URL unless `settings` gives one. Every bench script starts from it."""
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "benchmark-only-secret-key-not-for-production-use-0123456789",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SECURE_SSL_REDIRECT": "0",
        "MEDIA_ROOT": str(OUT / "media"),
        "LOG_LEVEL": "ERROR",
    }
    env.pop("REDIS_URL", None)
    env.update(settings)
    return env


def env_for(db, size, page_cache):
    # cold: every cache off; warm: the origin page cache (default lifetime)
    env = production_env(
        **(
            {"PAGE_CACHE": "1"}
            if page_cache
            else {"PAGE_CACHE": "0", "PAGE_CACHE_SECONDS": "0"}
        )
    )
    if db == "sqlite":
        env["DATABASE_URL"] = f"sqlite:///{OUT / f'journal-n{size}.sqlite3'}"
    else:
        env["DATABASE_URL"] = f"{PG_ADMIN_URL}journal_bench_{size}"
        env["REDIS_URL"] = REDIS_URL
        env["DB_CONN_MAX_AGE"] = "600"
    return env


def wait_until_healthy(port, what):
    """Until the journal's /health/ answers on 127.0.0.1:`port` (20 s at most)."""
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health/", timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{what} did not start")


def run(args, env, **kwargs):
    return subprocess.run(args, env=env, cwd=ROOT, check=True, **kwargs)


def ensure_database(db, size):
    """Create and seed the data set once (a seeded one is brought up to the
    current migrations); report how long seeding took."""
    env = env_for(db, size, page_cache=False)
    marker = OUT / f"seeded-{db}-{size}.json"
    if marker.exists():
        run([PY, "manage.py", "migrate", "-v0"], env)
        return json.loads(marker.read_text())
    if db == "postgresql":
        subprocess.run(
            [
                "psql",
                PG_ADMIN_URL + "postgres",
                "-qc",
                f"DROP DATABASE IF EXISTS journal_bench_{size}",
            ],
            check=True,
        )
        subprocess.run(
            [
                "psql",
                PG_ADMIN_URL + "postgres",
                "-qc",
                f"CREATE DATABASE journal_bench_{size}",
            ],
            check=True,
        )
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{OUT / f'journal-n{size}.sqlite3'}{suffix}").unlink(missing_ok=True)
    log(f"== seeding {size} articles ({db})")
    run([PY, "manage.py", "migrate", "-v0"], env)
    started = time.monotonic()
    run(
        [
            PY,
            "manage.py",
            "seed",
            "--articles",
            str(size),
            "--comments",
            str(size * 10),
        ],
        env,
    )
    info = {
        "seconds": round(time.monotonic() - started, 1),
        "articles": size,
        "comments": size * 10,
    }
    marker.write_text(json.dumps(info))
    return info


PAGE_STATS = r"""
import json, sys, statistics, time
import django
django.setup()
from django.db import connection
from django.test import Client
from articles.models import Article, Category
from comments.models import Comment

published = Article.objects.published()
middle = published.order_by("pk")[published.count() // 2]
article = (
    published.filter(pk__gte=middle.pk, comments__status="approved", comments__parent__isnull=False)
    .order_by("pk").first() or middle
)
section = Category.objects.filter(parent=None).order_by("position").first()
urls = {
    "article": article.get_absolute_url(),
    "home": "/",
    "category": section.get_absolute_url(),
    "search": "/search/?q=hydrogen+subsidies",
    "search-common": "/search/?q=policy",
    "feed": "/feed/",
    "comment-state": f"/comments/{article.slug}/state/",
}
client = Client()
stats = {}
for page, url in urls.items():
    client.get(url)  # warm the navigation and other per-version caches
    queries = []
    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)
    with connection.execute_wrapper(count):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    timings = []
    for _ in range(5):
        start = time.perf_counter(); client.get(url); timings.append(time.perf_counter() - start)
    stats[page] = {
        "url": url,
        "queries": len(queries),
        "html_bytes": len(response.content),
        "app_ms": round(statistics.median(timings) * 1000, 1),
    }
print(json.dumps(stats))
"""


def page_stats(db, size, page_cache=False):
    """Each page's URL, its queries (with the page cache on: those of a hit),
    HTML size and in-process time."""
    env = env_for(db, size, page_cache=page_cache)
    out = run(
        [PY, "-c", PAGE_STATS],
        {**env, "DJANGO_SETTINGS_MODULE": "thinktank.settings"},
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


class Server:
    """gunicorn in production settings on 127.0.0.1:`port`, stopped on exit.

    2 sync workers, as the peer's bench.sh runs its own, so that both sites get
    the same processes on this 2-core machine (gunicorn.conf.py deploys
    2 × cores + 1).
    """

    def __init__(self, env, port=PORT, log_name="gunicorn.log", access_log=None):
        self.env = env
        self.port = port
        self.log_name = log_name
        self.access_log = access_log

    def __enter__(self):
        # The workers' own log lines (the application's console logging) too.
        self.output = open(OUT / self.log_name, "a")
        self.process = subprocess.Popen(
            [
                str(ROOT / ".venv/bin/gunicorn"),
                "thinktank.wsgi:application",
                "-c",
                "/dev/null",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "2",
                "--worker-class",
                "sync",
                "--no-control-socket",
                "--error-logfile",
                str(OUT / self.log_name),
                *(
                    [
                        "--access-logfile",
                        str(self.access_log),
                        "--access-logformat",
                        "%(s)s %(m)s %(U)s",
                    ]
                    if self.access_log
                    else []
                ),
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_until_healthy(self.port, "gunicorn")
        return self

    def __exit__(self, *exc):
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)
        self.output.close()


def ms(value):
    """wrk's "116.20ms" / "1.81s" / "950.00us" in milliseconds (None for 0)."""
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit] or None


def parse_wrk(text):
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", text, re.M))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text
    )
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)),
        "p50_ms": ms(latency["50"]) if "50" in latency else None,
        "p99_ms": ms(latency["99"]) if "99" in latency else None,
        "requests": int(re.search(r"(\d+) requests in", text).group(1)),
        "errors": (int(bad.group(1)) if bad else 0)
        + (sum(map(int, errors.groups())) if errors else 0),
    }


def measure_ours(db, size, stats, warm_queries, duration, warmup):
    rows = []
    for mode in ("cold", "warm"):
        with Server(env_for(db, size, page_cache=mode == "warm")):
            for page in PAGES:
                url = BASE + stats[page]["url"]
                with urllib.request.urlopen(url) as response:
                    assert response.status == 200, url
                subprocess.run(
                    ["wrk", "-t2", "-c8", f"-d{warmup}", url],
                    check=True,
                    capture_output=True,
                )
            for page in PAGES:
                url = BASE + stats[page]["url"]
                out = subprocess.run(
                    ["wrk", "-t2", "-c8", f"-d{duration}", "--latency", url],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                result = parse_wrk(out)
                rows.append(
                    {
                        "site": "journal",
                        "db": db,
                        "size": size,
                        "mode": mode,
                        "page": page,
                        **result,
                        "queries": warm_queries[page]
                        if mode == "warm"
                        else stats[page]["queries"],
                        "html_bytes": stats[page]["html_bytes"],
                        "app_ms": stats[page]["app_ms"],
                    }
                )
                log(
                    f"   journal {db:10} {size:>7} {mode} {page:9} {result['rps']:8.1f} req/s  "
                    f"p50 {result['p50_ms']} ms  p99 {result['p99_ms']} ms  errors {result['errors']}"
                )
    return rows


def prepare_peer(peer, dbs, sizes):
    """Check the peer's folder has its virtualenv, and give it, for PostgreSQL,
    its role and an empty database for each size (its bench.sh seeds a
    database on first use)."""
    if not (Path(peer) / ".venv" / "bin" / "python").exists():
        sys.exit(
            f"{peer} is not prepared: copy ../shared/peers/wagtail there and "
            "install it as its README says (python3.11 -m venv .venv; "
            ".venv/bin/pip install -r requirements.txt)."
        )
    if "postgresql" not in dbs:
        return

    def ask(sql):
        return subprocess.run(
            ["psql", PG_ADMIN_URL + "postgres", "-tAqc", sql],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()

    if not ask("SELECT 1 FROM pg_roles WHERE rolname = 'wagtail_peer'"):
        ask("CREATE ROLE wagtail_peer LOGIN PASSWORD 'wagtail_peer'")
    for size in sizes:
        name = f"wagtail_peer_{size}"
        if not ask(f"SELECT 1 FROM pg_database WHERE datname = '{name}'"):
            ask(f"CREATE DATABASE {name} OWNER wagtail_peer")


def measure_peer(peer, db, size, duration, warmup):
    env = {
        **os.environ,
        "DURATION": duration,
        "WARMUP": warmup,
        "PEER_PORT": str(PEER_PORT),
    }
    env.pop("DATABASE_URL", None)
    if db == "postgresql":
        env["DATABASE_URL"] = (
            f"postgres://wagtail_peer:wagtail_peer@127.0.0.1:5432/wagtail_peer_{size}"
        )
    results = Path(peer) / "data" / "results.tsv"
    before = len(results.read_text().splitlines()) if results.exists() else 0
    subprocess.run(
        ["./bench.sh", str(size)], cwd=peer, env=env, check=True, capture_output=True
    )
    rows = []
    for line in results.read_text().splitlines()[before:]:
        (
            _,
            _db,
            _size,
            _dur,
            page,
            rps,
            p50,
            p99,
            total,
            bad,
            queries,
            html,
            app,
            _sql,
        ) = line.split("\t")
        rows.append(
            {
                "site": "wagtail",
                "db": db,
                "size": size,
                "mode": "cold",
                "page": page,
                "rps": float(rps),
                "p50_ms": ms(p50),
                "p99_ms": ms(p99),
                "requests": int(total),
                "errors": int(bad or 0),
                "queries": int(queries),
                "html_bytes": int(html),
                "app_ms": float(app),
            }
        )
        log(
            f"   wagtail {db:10} {size:>7} cold {page:9} {float(rps):8.1f} req/s  p50 {p50}  p99 {p99}"
        )
    return rows


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def summarize(rows, seeds, args):
    groups = {}
    for row in rows:
        groups.setdefault(
            (row["site"], row["db"], row["size"], row["mode"], row["page"]), []
        ).append(row)
    table = []
    for (site, db, size, mode, page), runs in sorted(
        groups.items(),
        key=lambda kv: (
            kv[0][1],
            kv[0][2],
            PAGES.index(kv[0][4]) if kv[0][4] in PAGES else 9,
            kv[0][0] != "journal",
            kv[0][3],
        ),
    ):
        table.append(
            {
                "site": site,
                "db": db,
                "size": size,
                "mode": mode,
                "page": page,
                "runs": len(runs),
                "rps": median(r["rps"] for r in runs),
                "rps_min": min(r["rps"] for r in runs),
                "rps_max": max(r["rps"] for r in runs),
                "p50_ms": median(r["p50_ms"] for r in runs),
                "p99_ms": median(r["p99_ms"] for r in runs),
                "errors": sum(r["errors"] for r in runs),
                "queries": runs[-1]["queries"],
                "html_bytes": runs[-1]["html_bytes"],
            }
        )
    return table


def fmt(value, digits=1):
    return "–" if value is None else f"{value:,.{digits}f}"


def versions():
    def cmd(args):
        try:
            return (
                subprocess.run(args, capture_output=True, text=True, timeout=10)
                .stdout.strip()
                .splitlines()[0]
            )
        except (OSError, IndexError, subprocess.TimeoutExpired):
            return "n/a"

    django = subprocess.run(
        [PY, "-c", "import django; print(django.get_version())"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    gunicorn = subprocess.run(
        [PY, "-c", "import gunicorn; print(gunicorn.__version__)"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.machine(),
    )
    return {
        "machine": f"{os.cpu_count()} cores, {cpu}, "
        f"{round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30)} GiB",
        "python": platform.python_version(),
        "django": django,
        "gunicorn": gunicorn,
        "sqlite": sqlite3.sqlite_version,
        "postgresql": cmd(["psql", "--version"]),
        "redis": cmd(["redis-server", "--version"]),
        "wrk": cmd(["wrk", "--version"]),
    }


def write_report(table, seeds, args, info):
    lines = [
        f"Measured {datetime.date.today().isoformat()} by `bench/run.py` on {info['machine']} "
        "(shared and noisy: wrk, gunicorn and the database share the cores).",
        f"Python {info['python']}, Django {info['django']}, gunicorn {info['gunicorn']} (2 sync workers, "
        f"DEBUG off, whitenoise), SQLite {info['sqlite']}, {info['postgresql']}, {info['redis']}, {info['wrk']}.",
        f"wrk `-t2 -c8 -d{args.duration} --latency` after a {args.warmup} warm-up per page; "
        f"{args.rounds} interleaved rounds (journal and peer, each size and database); "
        "medians of the rounds, req/s range in brackets. Cold: every cache off (PAGE_CACHE=0 "
        "PAGE_CACHE_SECONDS=0); warm: the origin page cache on (PAGE_CACHE=1). "
        "PostgreSQL runs use Redis for the cache; SQLite runs the local-memory cache.",
        "",
        "Seeding (`manage.py seed`, 10 comments an article): "
        + "; ".join(
            f"{k}: {v['articles']:,} articles + {v['comments']:,} comments in {v['seconds']} s"
            for k, v in seeds.items()
        )
        + ".",
        "",
        "| db | articles | page | site | mode | req/s median (min–max) | p50 ms | p99 ms | errors | "
        "queries | HTML bytes | × peer req/s |",
        "|---|---:|---|---|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    peer = {(r["db"], r["size"], r["page"]): r for r in table if r["site"] == "wagtail"}
    for r in table:
        ref = peer.get((r["db"], r["size"], r["page"]))
        ratio = (
            f"{r['rps'] / ref['rps']:.1f}×"
            if ref and r["site"] == "journal" and r["mode"] == "cold" and ref["rps"]
            else ""
        )
        lines.append(
            f"| {r['db']} | {r['size']:,} | {r['page']} | {r['site']} | {r['mode']} | "
            f"{fmt(r['rps'])} ({fmt(r['rps_min'])}–{fmt(r['rps_max'])}) | {fmt(r['p50_ms'])} | "
            f"{fmt(r['p99_ms'])} | {r['errors']} | {r['queries']} | {r['html_bytes']:,} | {ratio} |"
        )
    text = "\n".join(lines) + "\n"
    write_block("run.py", text)
    print(text)


def write_block(script, text):
    """Put `text` in docs/benchmarks.md between `script`'s markers
    (<!-- bench/run.py table --> ... <!-- end of bench/run.py table -->)."""
    page = ROOT / "docs" / "benchmarks.md"
    start, end = (
        f"<!-- bench/{script} table -->",
        f"<!-- end of bench/{script} table -->",
    )
    before, found_start, rest = page.read_text().partition(start)
    _, found_end, after = rest.partition(end)
    if not (found_start and found_end):
        sys.exit(f"{page} lacks the markers {start} and {end}")
    page.write_text(before + start + "\n" + text + end + after)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", nargs="+", type=int, default=[1000, 100000])
    parser.add_argument("--dbs", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", default="10s")
    parser.add_argument("--warmup", default="3s")
    parser.add_argument(
        "--peer",
        help="folder of a copy of shared/peers/wagtail with its virtualenv installed",
    )
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="rewrite docs/benchmarks.md from bench/out/results.json",
    )
    args = parser.parse_args()
    if args.report_only:
        rows = json.loads((OUT / "results.json").read_text())
        seeds = seeds_of(rows)
        write_report(summarize(rows, seeds, args), seeds, args, versions())
        return
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk")
    OUT.mkdir(parents=True, exist_ok=True)
    env = env_for("sqlite", 0, page_cache=True)
    run([PY, "manage.py", "collectstatic", "--noinput", "-v0"], env)
    for size in args.sizes:
        for db in args.dbs:
            ensure_database(db, size)
    if args.peer:
        prepare_peer(args.peer, args.dbs, args.sizes)
    stats, warm_queries = {}, {}
    for size in args.sizes:
        for db in args.dbs:
            stats[(db, size)] = page_stats(db, size)
            warm_queries[(db, size)] = {
                page: values["queries"]
                for page, values in page_stats(db, size, page_cache=True).items()
            }
    rows = []
    for round_number in range(1, args.rounds + 1):
        log(f"== round {round_number}")
        for size in args.sizes:
            for db in args.dbs:
                rows += measure_ours(
                    db,
                    size,
                    stats[(db, size)],
                    warm_queries[(db, size)],
                    args.duration,
                    args.warmup,
                )
                if args.peer:
                    rows += measure_peer(
                        args.peer, db, size, args.duration, args.warmup
                    )
    # Rows of databases and sizes not measured this time are kept, so that one
    # database can be measured again (--dbs) without losing the other's.
    results = OUT / "results.json"
    measured = {(db, size) for db in args.dbs for size in args.sizes}
    if results.exists():
        rows += [
            row
            for row in json.loads(results.read_text())
            if (row["db"], row["size"]) not in measured
        ]
    results.write_text(json.dumps(rows, indent=1))
    seeds = seeds_of(rows)
    write_report(summarize(rows, seeds, args), seeds, args, versions())


def seeds_of(rows):
    """How long seeding took, for each database and size in `rows`."""
    return {
        f"{db} {size:,}": json.loads((OUT / f"seeded-{db}-{size}.json").read_text())
        for db, size in sorted({(r["db"], r["size"]) for r in rows})
        if (OUT / f"seeded-{db}-{size}.json").exists()
    }


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Faults under load: Redis stopped, then the database stopped, mid-run.

    .venv/bin/python bench/faults.py [--seconds 24] [--articles 1000]

Everything runs against services of its own, so no one else's are touched:
a PostgreSQL cluster `benchfault` on 127.0.0.1:5440 (made with pg_createcluster
on first use, role journal/journal, seeded with --articles articles), a
redis-server on 127.0.0.1:6390, gunicorn in production settings (2 sync workers as bench/run.py, the
origin page cache on, REDIS_URL) on 127.0.0.1:8284, and for the database fault
varnishd with deploy/varnish/journal.vcl on 127.0.0.1:8285.

1. Redis: wrk (-t2 -c8, reader pages in turn) and bench/comments_load.py's
   posters (4 readers posting comments through the real form) run together;
   a third of the way in Redis is stopped (its PID, SIGTERM), two thirds in a
   new one is started on the same port. Prints the statuses gunicorn answered
   (its access log), 5xx other than 503 (goal 0), and comments accepted but
   not stored (goal 0).
2. The database: the same pages with wrk, straight to gunicorn and through
   Varnish at once (pages live PAGE_CACHE_SECONDS=5 so Varnish's copies go
   stale during the outage); a third of the way in the cluster is stopped
   (pg_ctlcluster stop -m fast), two thirds in it is started again. Prints
   gunicorn's statuses (goal: 503s, 0 500s) and what readers through Varnish
   got.

Figures go to stdout and bench/out/faults.json. `--drop` removes the cluster
afterwards. Only 127.0.0.1.
"""

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import comments_load
import run
import varnish

CLUSTER = ("15", "benchfault")
PG_PORT = 5440
REDIS_PORT = 6390
APP_PORT = 8284
VARNISH_PORT = 8285
POSTERS = 4  # readers posting comments while the pages are read
DATABASE_URL = f"postgres://journal:journal@127.0.0.1:{PG_PORT}/journal_faults"
PAGES_LUA = r"""
local paths = {PATHS}
local threads = {}
local i = 0
function setup(thread) table.insert(threads, thread) end
function init(args) counts = {} end
function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end
function done(summary, latency, requests)
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("counts")) do
      io.write(string.format("status %d %d\n", status, n))
    end
  end
end
"""


def sh(*args, check=True):
    return subprocess.run(args, check=check, capture_output=True, text=True)


def postgres(*args):
    return sh("su", "postgres", "-c", " ".join(args))


def ensure_cluster(articles):
    """The throwaway cluster, running, with a seeded journal database."""
    clusters = sh("pg_lsclusters", "-h").stdout
    if not any(line.split()[:2] == list(CLUSTER) for line in clusters.splitlines()):
        run.log(f"== pg_createcluster {' '.join(CLUSTER)} -p {PG_PORT}")
        sh("pg_createcluster", *CLUSTER, "-p", str(PG_PORT))
    start_cluster()
    psql = f"psql -p {PG_PORT} -Atqc"
    if not postgres(
        psql, "\"SELECT 1 FROM pg_roles WHERE rolname = 'journal'\""
    ).stdout:
        postgres(psql, "\"CREATE ROLE journal LOGIN SUPERUSER PASSWORD 'journal'\"")
    if not postgres(
        psql, "\"SELECT 1 FROM pg_database WHERE datname = 'journal_faults'\""
    ).stdout:
        postgres(f"createdb -p {PG_PORT} -O journal journal_faults")
        env = {**environment(), "PAGE_CACHE": "0"}
        run.run([run.PY, "manage.py", "migrate", "-v0"], env)
        run.log(f"== seeding {articles} articles into journal_faults")
        run.run([run.PY, "manage.py", "seed", "--articles", str(articles)], env)


def start_cluster():
    sh("pg_ctlcluster", "--skip-systemctl-redirect", *CLUSTER, "start", check=False)


def stop_cluster():
    sh("pg_ctlcluster", "--skip-systemctl-redirect", "--mode=fast", *CLUSTER, "stop")


class Redis:
    """A redis-server of our own; stop() ends exactly that process."""

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(REDIS_PORT), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        for _ in range(50):
            if (
                sh(
                    "redis-cli", "-p", str(REDIS_PORT), "ping", check=False
                ).stdout.strip()
                == "PONG"
            ):
                return self
            time.sleep(0.1)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def environment(**extra):
    env = run.env_for("postgresql", 0, page_cache=True)
    env.update(
        DATABASE_URL=DATABASE_URL,
        REDIS_URL=f"redis://127.0.0.1:{REDIS_PORT}/0",
        COMMENTS_RATE_LIMIT="1000000",
        COMMENTS_MIN_FILL_SECONDS="0",
        COMMENTS_MODERATOR_EMAILS="desk@example.com",
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        DJANGO_SETTINGS_MODULE="thinktank.settings",
        **extra,
    )
    return env


def reader_paths():
    from articles.models import Article, Category

    articles = list(Article.objects.published().order_by("-pk")[:20])
    sections = [c.get_absolute_url() for c in Category.objects.filter(parent=None)]
    return ["/", "/feed/", "/search/?q=policy", *sections] + [
        a.get_absolute_url() for a in articles
    ]


def pages_wrk(base, paths, seconds, results):
    script = Path(tempfile.mkstemp(suffix=".lua", prefix="journal-faults-")[1])
    script.write_text(
        PAGES_LUA.replace(
            "{PATHS}", "{" + ", ".join(json.dumps(p) for p in paths) + "}"
        )
    )
    out = sh(
        "wrk",
        "-t2",
        "-c8",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "--latency",
        "-s",
        str(script),
        base + "/",
    ).stdout
    script.unlink()
    statuses = Counter()
    for line in out.splitlines():
        if line.startswith("status "):
            _, status, n = line.split()
            statuses[int(status)] += int(n)
    results.update(wrk=run.parse_wrk(out), statuses=dict(statuses))


def access_statuses(path):
    """{(method, status): count} from gunicorn's access log ("%(s)s %(m)s %(U)s")."""
    counts = Counter()
    for line in path.read_text().splitlines():
        status, method, *_ = line.split()
        counts[f"{method} {status}"] += 1
    return dict(sorted(counts.items()))


def timeline(seconds, at_third, at_two_thirds):
    time.sleep(seconds / 3)
    at_third()
    time.sleep(seconds / 3)
    at_two_thirds()


def redis_fault(seconds, paths, redis):
    access = run.OUT / "faults-redis-access.log"
    access.unlink(missing_ok=True)
    env = environment()
    article = comments_load.prepare(env)
    base = f"http://127.0.0.1:{APP_PORT}"
    with run.Server(
        env, port=APP_PORT, log_name="gunicorn-faults.log", access_log=access
    ):
        sh("wrk", "-t2", "-c8", "-d3s", base + "/")  # warm both workers
        access.write_text("")
        posted, pages = [], {}
        deadline = time.monotonic() + seconds
        posters = [
            comments_load.Poster(n, APP_PORT, deadline, posted) for n in range(POSTERS)
        ]
        reader = threading.Thread(target=pages_wrk, args=(base, paths, seconds, pages))
        reader.start()
        for poster in posters:
            poster.start()
        events = []

        def stop():
            redis.stop()
            events.append(
                f"Redis stopped at {time.monotonic() - deadline + seconds:.1f} s"
            )

        def restart():
            redis.start()
            events.append(
                f"Redis started again at {time.monotonic() - deadline + seconds:.1f} s"
            )

        timeline(seconds, stop, restart)
        reader.join()
        for poster in posters:
            poster.join()
    from comments.models import Comment

    accepted = {text for status, _, text in posted if status == 302}
    stored = set(Comment.objects.filter(article=article).values_list("text", flat=True))
    statuses = access_statuses(access)
    bad = {
        k: n
        for k, n in statuses.items()
        if k.split()[1].startswith("5") and not k.endswith(" 503")
    }
    refused = sum(n for k, n in statuses.items() if k.endswith(" 503"))
    report = {
        "events": events,
        "gunicorn_statuses": statuses,
        "wrk": pages["wrk"],
        "wrk_statuses": pages["statuses"],
        "posts": dict(Counter(str(status) for status, _, _ in posted)),
        "accepted": len(accepted),
        "stored": len(stored),
        "lost": len(accepted - stored),
        "5xx_not_503": sum(bad.values()),
        "503": refused,
    }
    run.log(
        f"== 1) Redis stopped mid-run ({seconds} s of wrk -t2 -c8 on {len(paths)} reader pages and {POSTERS} comment posters)"
    )
    for event in events:
        run.log("  ", event)
    run.log(
        f"   pages: {pages['wrk']['rps']:.0f} req/s, statuses seen by wrk {pages['statuses']}, socket errors/non-2xx {pages['wrk']['errors']}"
    )
    run.log(f"   gunicorn answered {statuses}")
    run.log(
        f"   comment posts {report['posts']}; accepted {len(accepted)}, stored {len(stored)}, lost {report['lost']}"
    )
    run.log(f"   5xx other than 503: {report['5xx_not_503']}  (503: {refused})")
    return report


def database_fault(seconds, paths):
    access = run.OUT / "faults-db-access.log"
    access.unlink(missing_ok=True)
    env = environment(PAGE_CACHE_SECONDS="5")
    base = f"http://127.0.0.1:{APP_PORT}"
    front = f"http://127.0.0.1:{VARNISH_PORT}"
    with (
        run.Server(
            env, port=APP_PORT, log_name="gunicorn-faults.log", access_log=access
        ),
        varnish.Varnishd(backend_port=APP_PORT, port=VARNISH_PORT) as front_cache,
    ):
        for path in paths:  # Varnish holds a copy of each page
            varnish.fetch(front + path)
        sh("wrk", "-t2", "-c8", "-d3s", base + "/")
        access.write_text("")
        # What Varnish answered, for which page and how (hit, miss, ...).
        answered = run.OUT / "faults-varnish-access.log"
        ncsa = subprocess.Popen(
            ["varnishncsa", "-n", front_cache.name, "-w", str(answered),
             "-F", "%s %{Varnish:handling}x %U%q"],
        )  # fmt: skip
        direct, through = {}, {}
        threads = [
            threading.Thread(target=pages_wrk, args=(base, paths, seconds, direct)),
            threading.Thread(target=pages_wrk, args=(front, paths, seconds, through)),
        ]
        for thread in threads:
            thread.start()
        events = []

        def stop():
            stop_cluster()
            events.append(f"database stopped at {seconds / 3:.0f} s")

        def restart():
            start_cluster()
            events.append(f"database started again at {2 * seconds / 3:.0f} s")

        try:
            timeline(seconds, stop, restart)
        finally:
            start_cluster()
        for thread in threads:
            thread.join()
        time.sleep(1)
        ncsa.terminate()
        ncsa.wait(timeout=10)
        # After the outage: the site serves pages again by itself.
        back = time.monotonic()
        recovered = None
        while recovered is None and time.monotonic() < back + 30:
            try:
                varnish.fetch(base + paths[-1])
                recovered = round(time.monotonic() - back, 1)
            except OSError:
                time.sleep(0.2)
    statuses = access_statuses(access)
    report = {
        "events": events,
        "gunicorn_statuses": statuses,
        "direct_statuses": direct["statuses"],
        "direct_wrk": direct["wrk"],
        "varnish_statuses": through["statuses"],
        "varnish_not_200": dict(
            Counter(
                line
                for line in answered.read_text().splitlines()
                if not line.startswith("200 ")
            ).most_common(10)
        ),
        "varnish_wrk": through["wrk"],
        "500": sum(n for k, n in statuses.items() if k.endswith(" 500")),
        "503": sum(n for k, n in statuses.items() if k.endswith(" 503")),
        "recovered_after_s": recovered,
    }
    run.log(
        f"== 2) database stopped mid-run ({seconds} s of wrk -t2 -c8 straight to gunicorn and through Varnish)"
    )
    for event in events:
        run.log("  ", event)
    run.log(f"   straight to gunicorn: statuses {direct['statuses']}")
    run.log(f"   through Varnish:      statuses {through['statuses']}")
    run.log(
        f"   Varnish's answers other than 200 (status, handling, URL): {report['varnish_not_200']}"
    )
    run.log(f"   gunicorn answered {statuses}")
    run.log(f"   500s: {report['500']}  503s: {report['503']}")
    run.log(f"   pages straight from gunicorn again {recovered} s after the run")
    return report


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=int, default=24)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument(
        "--drop", action="store_true", help="drop the cluster at the end"
    )
    args = parser.parse_args()
    run.OUT.mkdir(parents=True, exist_ok=True)
    ensure_cluster(args.articles)
    redis = Redis().start()
    try:
        env = environment()
        run.run([run.PY, "manage.py", "migrate", "-v0"], env)
        import os

        os.environ.update(env)
        sys.path.insert(0, str(run.ROOT))
        import django

        django.setup()
        paths = reader_paths()
        report = {"redis": redis_fault(args.seconds, paths, redis)}
        from django.db import connections

        connections.close_all()  # the cluster is about to go away
        report["database"] = database_fault(args.seconds, paths)
    finally:
        redis.stop()
        if args.drop:
            sh("pg_dropcluster", "--stop", *CLUSTER)
    (run.OUT / "faults.json").write_text(json.dumps(report, indent=1))
    run.write_block("faults.py", markdown(report, args))
    run.log(f"(written to {run.OUT / 'faults.json'} and docs/benchmarks.md)")


def markdown(report, args):
    redis, db = report["redis"], report["database"]
    return "\n".join(
        [
            f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} by "
            f"`bench/faults.py --seconds {args.seconds}`: PostgreSQL ({args.articles:,} "
            "articles, a cluster of its own), Redis (a server of its own), the origin "
            "page cache on, gunicorn with 2 sync workers.",
            "",
            "| fault | what ran | gunicorn answered | readers got | goal |",
            "|---|---|---|---|---|",
            f"| Redis stopped ({'; '.join(redis['events'])}) | wrk -t2 -c8 over "
            f"reader pages ({redis['wrk']['rps']:.0f} req/s) and {POSTERS} readers posting "
            f"comments | {fmt(redis['gunicorn_statuses'])} | pages {fmt(redis['wrk_statuses'])}; "
            f"posts {fmt(redis['posts'])}: {redis['accepted']} accepted, "
            f"{redis['stored']} stored, **{redis['lost']} lost** | "
            f"5xx other than 503: **{redis['5xx_not_503']}** |",
            f"| database stopped ({'; '.join(db['events'])}) | wrk -t2 -c8 over the "
            "same pages straight to gunicorn, and the same through Varnish | "
            f"{fmt(db['gunicorn_statuses'])} | straight: {fmt(db['direct_statuses'])}; "
            f"through Varnish: {fmt(db['varnish_statuses'])} | 503s: {db['503']}, "
            f"**500s: {db['500']}** |",
            "",
        ]
    )


def fmt(counts):
    return ", ".join(f"{key}: {n:,}" for key, n in counts.items()) or "none"


if __name__ == "__main__":
    main()

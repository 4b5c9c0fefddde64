#!/usr/bin/env python3
"""The journal behind Varnish (deploy/varnish/journal.vcl), measured with wrk.

    .venv/bin/python bench/varnish.py [--db sqlite|postgresql] [--size 100000]
                                      [--duration 10s] [--rounds 2]

Starts gunicorn in production settings (2 sync workers as bench/run.py, the
origin page cache on, VARNISH_PURGE_URLS pointing at the Varnish) on 127.0.0.1:8282 and varnishd with
the repository's VCL (backend port substituted) on 127.0.0.1:8283, then prints:

a) the article page against a static file of the same bytes (the page's own
   HTML, so that both compress alike) served by the same Varnish in the same
   run (the file is put in STATIC_ROOT, so whitenoise behind the same Varnish
   serves it): wrk -t2 -c16, req/s and p99, rounds interleaved, once as a
   client that takes no compression (Varnish unzips its gzipped copy for each
   request) and once as a browser (`Accept-Encoding: gzip`);
b) a mixed run over the reader pages (new readers, readers with a consent
   cookie, readers who saved their name: a wrk Lua script rotates the Cookie
   header), Varnish emptied first: the hit ratio from varnishstat,
   MAIN.cache_hit / (cache_hit + cache_miss); then the same readers as a
   browser with JavaScript makes them, each article view followed by its
   comment-state request (never cached), and the share of requests Varnish
   answered itself;
c) purges: an article edited and a comment approved (in this process, through
   the services, as an editor would; the purge reaches Varnish through a task
   worker started for it, `manage.py db_worker`, as deployed), then requests
   through Varnish for that article until the change shows, and one for an
   unrelated one.

Figures go to stdout and bench/out/varnish-<db>-<size>.json. Uses the database
run.py seeds (run it, or its ensure_database, first). Only 127.0.0.1.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import run

APP_PORT = 8282
VARNISH_PORT = 8283
VARNISH = f"http://127.0.0.1:{VARNISH_PORT}"
VCL = run.ROOT / "deploy" / "varnish" / "journal.vcl"
STATIC_NAME = "bench-same-size.html"
# Who asks, by the headers wrk sends: a plain HTTP client, and a browser.
CLIENTS = {
    "no compression": (),
    "gzip (a browser)": ("Accept-Encoding: gzip, deflate, br",),
}
COOKIES = [
    "",  # a new reader
    "cookie_consent=functional=2026-12-06|analytics=-1",
    "csrftoken=Xq3fY6rT0aBcDeFgHiJkLmNoPqRsTuVw; "
    "comment_author=eyJuYW1lIjoiUmVhZGVyIn0:1vRk2x:abcdefghijklmnopqrstuvwxyz0",
]


class Varnishd:
    """varnishd in the foreground with the repository's VCL, stopped on exit."""

    def __init__(self, backend_port=APP_PORT, port=VARNISH_PORT):
        self.backend_port = backend_port
        self.port = port

    def __enter__(self):
        # varnishd drops privileges: its folder must be readable by everyone.
        self.workdir = Path(tempfile.mkdtemp(prefix="journal-bench-varnish-"))
        self.workdir.chmod(0o755)
        vcl = self.workdir / "journal.vcl"
        vcl.write_text(
            VCL.read_text().replace('.port = "8000"', f'.port = "{self.backend_port}"')
        )
        vcl.chmod(0o644)
        self.name = str(self.workdir / "n")
        self.process = subprocess.Popen(
            ["varnishd", "-F", "-f", str(vcl), "-n", self.name,
             "-a", f"127.0.0.1:{self.port}", "-s", "malloc,256m", "-T", "none"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        run.wait_until_healthy(self.port, "varnishd")
        return self

    def stats(self):
        out = subprocess.run(
            ["varnishstat", "-n", self.name, "-1", "-j"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        data = json.loads(out)
        counters = data.get("counters", data)  # varnishstat 7 nests them
        return {
            name.removeprefix("MAIN."): counters[name]["value"]
            for name in counters
            if name.startswith("MAIN.")
        }

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)
        shutil.rmtree(self.workdir, ignore_errors=True)


def fetch(url, cookie=None):
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.headers, response.read()


def purge_all():
    request = urllib.request.Request(
        VARNISH + "/", method="PURGE", headers={"xkey-purge": "site"}
    )
    urllib.request.urlopen(request, timeout=10).read()


def wrk(url, duration, connections=16, script=None, headers=()):
    args = ["wrk", "-t2", f"-c{connections}", f"-d{duration}", "--latency"]
    args += ["--timeout", "10s"]  # a page rendered afresh is no error
    for header in headers:
        args += ["-H", header]
    if script:
        args += ["-s", str(script)]
    out = subprocess.run(
        [*args, url], check=True, capture_output=True, text=True
    ).stdout
    return run.parse_wrk(out)


def lua_script(paths):
    """wrk script: each request the next of `paths`, from a kind of reader
    (COOKIES) drawn at random, so every kind meets pages Varnish lacks."""
    lines = ["local paths = {"]
    lines += [f"  {json.dumps(path)}," for path in paths]
    lines += ["}", "local cookies = {"]
    lines += [f"  {json.dumps(cookie)}," for cookie in COOKIES]
    lines += [
        "}",
        "local i = 0",
        "request = function()",
        "  i = i + 1",
        "  local path = paths[(i % #paths) + 1]",
        "  local cookie = cookies[math.random(#cookies)]",
        "  local headers = {}",
        '  if cookie ~= "" then headers["Cookie"] = cookie end',
        '  return wrk.format("GET", path, headers)',
        "end",
    ]
    script = Path(tempfile.mkstemp(suffix=".lua", prefix="journal-bench-")[1])
    script.write_text("\n".join(lines) + "\n")
    return script


def reader_paths(count):
    """Reader pages for the mixed run: home, the sections, the feed and
    `count` published articles spread over the archive; with the comment
    state URL of each article."""
    from django.urls import reverse

    from articles.models import Article, Category

    published = Article.objects.published().order_by("pk")
    total = published.count()
    articles = [published[i * total // count] for i in range(count)]
    pages = ["/", "/feed/"] + [
        c.get_absolute_url() for c in Category.objects.filter(parent=None)
    ]
    pages += [a.get_absolute_url() for a in articles]
    with_state = ["/", "/feed/"] + [
        c.get_absolute_url() for c in Category.objects.filter(parent=None)
    ]
    for article in articles:
        with_state += [
            article.get_absolute_url(),
            reverse("comments:state", args=[article.slug]),
        ]
    return pages, with_state


def purge_checks(article_url, unrelated_url):
    """Edit an article and approve a comment on it, as the desk does; after
    each, requests through Varnish for it until the change shows (10 s at most),
    and one for an unrelated article."""
    from django.contrib.auth import get_user_model

    from articles.models import Article
    from comments.models import Comment
    from comments.services import moderate_comments, post_comment

    article = next(
        a
        for a in Article.objects.published().filter(
            slug=article_url.rstrip("/").rsplit("/", 1)[-1]
        )
    )
    results = []

    def check(change, expected):
        for url in (article_url, unrelated_url):
            fetch(VARNISH + url)
            assert fetch(VARNISH + url)[0]["X-Cache"] == "HIT", url
        started = time.perf_counter()
        change()
        # The purge reaches Varnish through the task worker (as deployed):
        # ask again until the change shows, for at most 10 s.
        while True:
            headers, body = fetch(VARNISH + article_url)
            seconds = time.perf_counter() - started
            if expected in body.decode() or seconds > 10:
                break
            time.sleep(0.02)
        other = fetch(VARNISH + unrelated_url)[0]["X-Cache"]
        shown = expected in body.decode()
        results.append(
            {
                "change": change.__doc__,
                "changed_page": headers["X-Cache"],
                "change_shown": shown,
                "change_to_page_ms": round(seconds * 1000, 1),
                "unrelated_page": other,
            }
        )
        run.log(
            f"   {change.__doc__:28} the page that showed it: {headers['X-Cache']}, change shown: {shown}"
            f" ({seconds * 1000:.0f} ms from save to page); unrelated article: {other}"
        )

    title = article.title

    def edit():
        """edit the headline"""
        article.title = f"{title} (corrected)"
        article.save()

    check(edit, f"{title} (corrected)")
    article.title = title
    article.save()

    moderator, _ = get_user_model().objects.get_or_create(
        username="bench-moderator", defaults={"is_staff": True}
    )
    comment = post_comment(
        article=article,
        parent=None,
        name="Bench Reader",
        email="bench@example.com",
        website="",
        text="A benchmark comment awaiting approval.",
        ip="127.0.0.1",
        user_agent="bench/varnish.py",
        trap_filled=False,
    )
    Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.PENDING)

    def approve():
        """approve a comment"""
        moderate_comments(
            comments=Comment.objects.filter(pk=comment.pk),
            decision="approved",
            by=moderator,
        )

    check(approve, "A benchmark comment awaiting approval.")
    comment.delete()
    return results


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", default="postgresql", choices=["sqlite", "postgresql"])
    parser.add_argument("--size", type=int, default=100000)
    parser.add_argument("--duration", default="10s")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--articles", type=int, default=200, help="in the mixed run")
    parser.add_argument("--mixed-duration", default="20s")
    args = parser.parse_args()
    for tool in ("wrk", "varnishd", "varnishstat"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing")

    env = {
        **run.env_for(args.db, args.size, page_cache=True),
        "VARNISH_PURGE_URLS": VARNISH + "/",
    }
    run.ensure_database(args.db, args.size)
    subprocess.run(
        [run.PY, "manage.py", "collectstatic", "--noinput", "-v0"],
        env=env,
        cwd=run.ROOT,
        check=True,
    )
    os.environ.update(env, DJANGO_SETTINGS_MODULE="thinktank.settings")
    sys.path.insert(0, str(run.ROOT))
    import django

    django.setup()
    from django.conf import settings

    stats = run.page_stats(args.db, args.size)
    article_url = stats["article"]["url"]
    pages, with_state = reader_paths(args.articles)
    unrelated_url = next(p for p in pages[::-1] if p != article_url)  # an article
    report = {"db": args.db, "size": args.size}

    # The static file: the article page's own bytes, served by whitenoise behind
    # the same Varnish (it lists STATIC_ROOT when gunicorn starts). Not filler
    # bytes: Varnish unzips its copy for clients that take no compression, and
    # 36 KB of one letter unzip several times faster than a page's HTML.
    from django.test import Client

    static_file = Path(settings.STATIC_ROOT) / STATIC_NAME
    static_file.write_bytes(Client().get(article_url).content)
    with (
        run.Server(env, port=APP_PORT, log_name="gunicorn-varnish.log"),
        Varnishd() as varnish,
    ):
        static_url = f"/static/{STATIC_NAME}"
        sizes = {}
        for url in (article_url, static_url):
            fetch(VARNISH + url)
            headers, body = fetch(VARNISH + url)
            assert headers["X-Cache"] == "HIT", (url, dict(headers))
            sizes[url] = len(body)
        report["bytes"] = {"article": sizes[article_url], "static": sizes[static_url]}
        run.log(
            f"== a) article {article_url} ({sizes[article_url]:,} bytes) against "
            f"{static_url} ({sizes[static_url]:,} bytes), wrk -t2 -c16 -d{args.duration}"
        )
        report["same_size"] = {}
        for client, headers in CLIENTS.items():
            rows = {"article": [], "static": []}
            for round_number in range(args.rounds):
                for name, url in (("static", static_url), ("article", article_url)):
                    result = wrk(VARNISH + url, args.duration, headers=headers)
                    rows[name].append(result)
                    run.log(
                        f"   {client}, round {round_number + 1} {name:8} "
                        f"{result['rps']:9.1f} req/s  p50 {result['p50_ms']} ms  "
                        f"p99 {result['p99_ms']} ms  errors {result['errors']}"
                    )
            summary = {
                name: {
                    "rps": statistics.median(r["rps"] for r in runs),
                    "p99_ms": statistics.median(r["p99_ms"] for r in runs),
                    "errors": sum(r["errors"] for r in runs),
                }
                for name, runs in rows.items()
            }
            ratio = summary["article"]["rps"] / summary["static"]["rps"]
            run.log(
                f"   {client}, median: article {summary['article']['rps']:.0f} req/s p99 "
                f"{summary['article']['p99_ms']} ms; static {summary['static']['rps']:.0f} "
                f"req/s p99 {summary['static']['p99_ms']} ms; article/static {ratio:.1%}"
            )
            report["same_size"][client] = {
                "runs": rows,
                "median": summary,
                "ratio": ratio,
            }

        report["mixed"] = {}
        for label, paths in (("pages", pages), ("pages and comment state", with_state)):
            purge_all()
            script = lua_script(paths)
            before = varnish.stats()
            result = wrk(VARNISH + "/", args.mixed_duration, script=script)
            # Each Varnish worker adds its counts to the shared counters when it
            # goes idle: read them once wrk's connections have closed.
            time.sleep(2)
            after = varnish.stats()
            script.unlink()
            delta = {
                k: after[k] - before[k]
                for k in (
                    "cache_hit",
                    "cache_miss",
                    "s_pass",
                    "client_req",
                    "backend_req",
                )
            }
            hit_ratio = delta["cache_hit"] / (delta["cache_hit"] + delta["cache_miss"])
            served = delta["cache_hit"] / delta["client_req"]
            report["mixed"][label] = {
                **result,
                **delta,
                "hit_ratio": hit_ratio,
                "served_by_varnish": served,
                "urls": len(paths),
            }
            run.log(
                f"== b) mixed run, {label}: {len(paths)} URLs x {len(COOKIES)} kinds of reader, "
                f"Varnish emptied first: {result['rps']:.0f} req/s, p99 {result['p99_ms']} ms, "
                f"errors {result['errors']}"
            )
            run.log(
                f"   requests {delta['client_req']:,}  hits {delta['cache_hit']:,}  "
                f"misses {delta['cache_miss']:,}  passes {delta['s_pass']:,}  "
                f"backend requests {delta['backend_req']:,}"
            )
            run.log(
                f"   hit ratio (hit / (hit + miss)) {hit_ratio:.2%}; "
                f"requests answered by Varnish itself {served:.2%}"
            )

        run.log(f"== c) purge: {article_url} changed, {unrelated_url} unrelated")
        worker = subprocess.Popen(
            [run.PY, "manage.py", "db_worker", "--no-reload", "--interval", "0.2"],
            env=env,
            cwd=run.ROOT,
        )
        try:
            report["purge"] = purge_checks(article_url, unrelated_url)
        finally:
            worker.terminate()
            worker.wait(10)
    static_file.unlink()
    out = run.OUT / f"varnish-{args.db}-{args.size}.json"
    out.write_text(json.dumps(report, indent=1))
    text = markdown(report, args)
    run.write_block("varnish.py", text)
    run.log(f"(written to {out} and docs/benchmarks.md)")


def markdown(report, args):
    same, mixed = report["same_size"], report["mixed"]
    lines = [
        f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} by "
        f"`bench/varnish.py --db {args.db} --size {args.size}`: {args.db} at "
        f"{args.size:,} articles, `wrk -t2 -c16 -d{args.duration} --latency`, "
        f"{args.rounds} interleaved rounds (medians; req/s of each round in brackets).",
        "",
        "The static file holds the article page's own bytes. Varnish keeps one gzipped "
        "copy of each and unzips it for a client that takes no compression.",
        "",
        "| client | through Varnish | bytes | req/s | p99 ms | errors |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for client, runs in same.items():
        for name in ("static", "article"):
            rounds = ", ".join(f"{r['rps']:,.0f}" for r in runs["runs"][name])
            median = runs["median"][name]
            lines.append(
                f"| {client} | {'a static file' if name == 'static' else 'the article page'} | "
                f"{report['bytes'][name]:,} | {median['rps']:,.0f} ({rounds}) | "
                f"{median['p99_ms']:.1f} | {median['errors']} |"
            )
        lines.append(f"| {client} | article / static | | **{runs['ratio']:.0%}** | | |")
    lines += [
        "",
        f"Mixed runs (`-d{args.mixed_duration}`, Varnish emptied first; each request "
        "a new reader, a reader with a consent cookie or one who saved their name, at "
        "random):",
        "",
        "| run | URLs | requests | hits | misses | misses after a URL's first | passes | "
        "backend requests | hit ratio | answered by Varnish | req/s | p99 ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for label, m in mixed.items():
        lines.append(
            f"| {label} | {m['urls']} | {m['client_req']:,} | {m['cache_hit']:,} | "
            f"{m['cache_miss']:,} | {max(0, m['cache_miss'] - m['urls']):,} | "
            f"{m['s_pass']:,} | {m['backend_req']:,} | "
            f"**{m['hit_ratio']:.2%}** | {m['served_by_varnish']:.2%} | {m['rps']:,.0f} | "
            f"{m['p99_ms']} |"
        )
    lines += [
        "",
        "| change (made by the desk) | the request that first showed it | change shown | "
        "save → page | an unrelated article |",
        "|---|---|---|---:|---|",
    ]
    for r in report["purge"]:
        lines.append(
            f"| {r['change']} | {r['changed_page']} | {'yes' if r['change_shown'] else 'no'} | "
            f"{r['change_to_page_ms']} ms | {r['unrelated_page']} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()

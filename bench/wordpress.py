"""Benchmark of `manage.py import_wordpress`: time and peak memory.

    .venv/bin/python bench/wordpress.py [--posts 10000] [--comments 100000]
        [--dbs sqlite postgresql] [--pg-url postgres://…/journal_wordpress]

Writes an invented WordPress export of that size (bench/out/wordpress-P-C.xml:
authors, a category tree four deep, tags, classic and block posts in every
status with captions and shortcodes, threaded comments of every status and some
pingbacks), then, for each database, imports it into an empty database, imports
it again (nothing changes), and prints the wall time of each import and the
importer's peak memory (ru_maxrss of its process, from os.wait4).
"""

import argparse
import os
import random
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from run import OUT, PY, ROOT, production_env

WORDS = [
    "harbour",
    "policy",
    "budget",
    "trade",
    "energy",
    "grid",
    "treaty",
    "vote",
    "council",
    "port",
    "labour",
    "market",
    "reform",
    "climate",
    "water",
    "data",
    "court",
    "tax",
    "transport",
    "coalition",
    "ministry",
    "region",
    "border",
    "agency",
]
STATUSES = ["publish"] * 90 + ["draft"] * 4 + ["pending", "future", "private"] * 2
COMMENT_STATUSES = ["1"] * 80 + ["0"] * 10 + ["spam"] * 7 + ["trash"] * 3


def sentence(rng, words=14):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def body(rng, n):
    paragraphs = [" ".join(sentence(rng) for _ in range(5)) for _ in range(6)]
    if n % 2:  # block editor
        parts = [
            f"<!-- wp:paragraph -->\n<p>{p}</p>\n<!-- /wp:paragraph -->"
            for p in paragraphs
        ]
        if n % 10 == 1:
            parts.insert(
                2,
                '<!-- wp:embed {"url":"https://video.example.net/v/1"} -->'
                '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">'
                "\nhttps://video.example.net/v/1\n</div></figure><!-- /wp:embed -->",
            )
        return "\n\n".join(parts)
    text = "\n\n".join(paragraphs)
    if n % 10 == 0:
        text += '\n\n[gallery ids="1,2,3"]\n\n<script>alert("old")</script>'
    return text


def wp(tag, value):
    return f"<wp:{tag}><![CDATA[{value}]]></wp:{tag}>"


def write_export(path, posts, comments, seed=2026):
    rng = random.Random(seed)
    start = datetime(2015, 1, 1, tzinfo=UTC)
    comments_per_post = comments // posts
    extra = comments - comments_per_post * posts
    comment_id = 1
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" '
            'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
            "<title>Bench</title><link>https://old.example.org</link>\n"
            "<wp:wxr_version>1.2</wp:wxr_version>\n"
        )
        for a in range(20):
            out.write(
                f"<wp:author>{wp('author_id', a + 1)}{wp('author_login', f'writer{a}')}"
                f"{wp('author_email', f'writer{a}@old.example.org')}"
                f"{wp('author_display_name', f'Writer {a}')}</wp:author>\n"
            )
        categories = []
        term = 1
        for top in range(6):
            chain = [f"section-{top}"]
            out.write(
                f"<wp:category>{wp('term_id', term)}"
                f"{wp('category_nicename', chain[0])}{wp('category_parent', '')}"
                f"{wp('cat_name', f'Section {top}')}</wp:category>\n"
            )
            categories.append(chain[0])
            term += 1
            for level in range(1, 4):  # down to four deep
                slug = f"{chain[-1]}-sub{level}"
                out.write(
                    f"<wp:category>{wp('term_id', term)}"
                    f"{wp('category_nicename', slug)}{wp('category_parent', chain[-1])}"
                    f"{wp('cat_name', f'Sub {top}.{level}')}</wp:category>\n"
                )
                chain.append(slug)
                categories.append(slug)
                term += 1
        tags = [f"topic-{t}" for t in range(300)]
        for tag in tags:
            out.write(
                f"<wp:tag>{wp('term_id', term)}{wp('tag_slug', tag)}"
                f"{wp('tag_name', tag.replace('-', ' '))}</wp:tag>\n"
            )
            term += 1
        for n in range(posts):
            post_id = 1000 + n
            status = rng.choice(STATUSES)
            when = start + timedelta(hours=7 * n)
            if status == "future":
                when = datetime.now(UTC) + timedelta(days=30 + n % 30)
            slug = f"post-{n}-{rng.choice(WORDS)}"
            out.write(
                "<item>\n"
                f"<title>{sentence(rng, 8)[:-1]}</title>\n"
                f"<link>https://old.example.org/{when:%Y/%m/%d}/{slug}/</link>\n"
                f"<dc:creator><![CDATA[writer{rng.randrange(20)}]]></dc:creator>\n"
                f"<content:encoded><![CDATA[{body(rng, n)}]]></content:encoded>\n"
                f"<excerpt:encoded><![CDATA[{sentence(rng) if n % 3 else ''}]]>"
                "</excerpt:encoded>\n"
                f"<wp:post_id>{post_id}</wp:post_id>\n"
                f"{wp('post_date', f'{when:%Y-%m-%d %H:%M:%S}')}\n"
                f"{wp('post_date_gmt', f'{when:%Y-%m-%d %H:%M:%S}')}\n"
                f"{wp('comment_status', 'open')}{wp('post_name', slug)}"
                f"{wp('status', status)}{wp('post_type', 'post')}\n"
                f"<wp:is_sticky>{int(n % 500 == 0)}</wp:is_sticky>\n"
            )
            for category in rng.sample(categories, 2):
                out.write(
                    f'<category domain="category" nicename="{category}">'
                    f"<![CDATA[{category}]]></category>\n"
                )
            for tag in rng.sample(tags, 3):
                out.write(
                    f'<category domain="post_tag" nicename="{tag}">'
                    f"<![CDATA[{tag}]]></category>\n"
                )
            ids = []
            for c in range(comments_per_post + (1 if n < extra else 0)):
                parent = rng.choice(ids) if ids and rng.random() < 0.4 else 0
                kind = "pingback" if rng.random() < 0.01 else ""
                moment = when + timedelta(minutes=13 * (c + 1))
                out.write(
                    "<wp:comment>"
                    f"<wp:comment_id>{comment_id}</wp:comment_id>"
                    f"{wp('comment_author', f'Reader {comment_id % 997}')}"
                    f"{wp('comment_author_email', f'reader{comment_id % 997}@example.net')}"
                    f"{wp('comment_author_url', '')}"
                    f"{wp('comment_author_IP', f'198.51.100.{comment_id % 250 + 1}')}"
                    f"{wp('comment_date', f'{moment:%Y-%m-%d %H:%M:%S}')}"
                    f"{wp('comment_date_gmt', f'{moment:%Y-%m-%d %H:%M:%S}')}"
                    f"{wp('comment_content', sentence(rng, 20))}"
                    f"{wp('comment_approved', rng.choice(COMMENT_STATUSES))}"
                    f"{wp('comment_type', kind)}"
                    f"<wp:comment_parent>{parent}</wp:comment_parent>"
                    "</wp:comment>\n"
                )
                ids.append(comment_id)
                comment_id += 1
            out.write("</item>\n")
        out.write("</channel>\n</rss>\n")


def fresh_database(db, pg_url):
    """An empty, migrated database; returns the environment pointing at it."""
    env = production_env(MEDIA_ROOT=str(OUT / "wp-media"))
    if db == "sqlite":
        path = OUT / "wordpress-import.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        env["DATABASE_URL"] = f"sqlite:///{path}"
    else:
        base, name = pg_url.rsplit("/", 1)
        for sql in (f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}"):
            subprocess.run(["psql", f"{base}/postgres", "-qc", sql], check=True)
        env["DATABASE_URL"] = pg_url
    subprocess.run([PY, "manage.py", "migrate", "-v0"], env=env, cwd=ROOT, check=True)
    return env


def timed_import(path, env):
    """(wall seconds, CPU seconds, peak memory in MB, the report) of one import.

    CPU time (user + system, of the importer's process only) is the steadier
    figure on a shared machine; the database server's own work shows in the
    wall time only."""
    started = time.monotonic()
    process = subprocess.Popen(
        [PY, "manage.py", "import_wordpress", str(path)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    report = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - started
    if status:
        sys.exit(f"import failed:\n{report}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, report


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--comments", type=int, default=100_000)
    parser.add_argument("--dbs", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument(
        "--pg-url",
        default="postgres://journal:journal@127.0.0.1:5432/journal_wordpress",
    )
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"wordpress-{args.posts}-{args.comments}.xml"
    if not path.exists():
        started = time.monotonic()
        write_export(path, args.posts, args.comments)
        print(f"wrote {path.name} in {time.monotonic() - started:.1f} s", flush=True)
    size = path.stat().st_size / 2**20
    print(
        f"export: {args.posts} posts, {args.comments} comments, {size:.0f} MB",
        flush=True,
    )
    for db in args.dbs:
        env = fresh_database(db, args.pg_url)
        load = os.getloadavg()[0]
        first, first_cpu, first_mb, report = timed_import(path, env)
        again, again_cpu, again_mb, _ = timed_import(path, env)
        print(
            f"{db:10} first import {first:6.1f} s (CPU {first_cpu:5.1f} s), "
            f"peak {first_mb:4.0f} MB | re-import (no changes) {again:6.1f} s "
            f"(CPU {again_cpu:5.1f} s), peak {again_mb:4.0f} MB | "
            f"load average at start {load:.1f}"
        )
        summary = report.split("Skipped:")[0].strip().splitlines()[1:]
        print("\n".join(f"    {line.strip()}" for line in summary), flush=True)


if __name__ == "__main__":
    main()

"""Fill a database quickly with invented content of the demo's shape, for benchmarks.

    python manage.py seed --articles 100000 --comments 1000000

Bulk inserts only (no per-row save()): the generated HTML is already clean and the
reading time is computed here. A database that already holds the requested number
of articles is left alone.
"""

import itertools
import random
import time
from datetime import timedelta

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag

from articles.demo import images, short
from articles.models import (
    WORDS_PER_MINUTE,
    Article,
    ArticleTag,
    Byline,
    Category,
)
from articles.search import rebuild_index
from authors.models import Author
from comments.models import Comment
from readership.models import DailyReads
from thinktank.renditions import make_renditions

BATCH = 2000
SUBJECTS = [
    "Finance ministries", "Regional alliances", "Port authorities", "Central banks",
    "City governments", "Grid operators", "Trade negotiators", "Health systems",
    "Development lenders", "Election officials", "Courts", "Defence planners",
    "Universities", "Energy regulators", "Data protection agencies", "Insurers",
]  # fmt: skip
VERBS = [
    "are rethinking", "have underpriced", "will struggle to fund", "quietly depend on",
    "now compete over", "rarely measure", "must renegotiate", "can no longer ignore",
    "have started to pool", "keep postponing", "are learning to share", "overstate",
]  # fmt: skip
OBJECTS = [
    "the cost of borrowing", "long-term maintenance", "supply-chain resilience",
    "cross-border data flows", "workforce training", "coastal infrastructure",
    "procurement rules", "public trust", "emergency reserves", "industrial policy",
    "local tax bases", "climate adaptation", "critical minerals", "digital identity",
]  # fmt: skip
CLAUSES = [
    "and the bill arrives later than most budgets assume",
    "which leaves smaller members exposed when conditions change",
    "even though the evidence from past reforms is mixed",
    "because the incentives of each agency point in different directions",
    "while voters see little of the trade-offs involved",
    "so the next downturn will test arrangements built for calmer years",
]  # fmt: skip
FIRST = [
    "Ana", "Bilal", "Chen", "Dara", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jonas",
    "Kavya", "Luca", "Maya", "Nikos", "Olu", "Paula", "Quinn", "Rafa", "Sana", "Tomas",
]  # fmt: skip
LAST = [
    "Abbott", "Bergstrom", "Castillo", "Dimitrov", "Eze", "Fontaine", "Gupta", "Haas",
    "Ibarra", "Jensen",
]  # fmt: skip
TAG_HEADS = [
    "maritime", "fiscal", "urban", "digital", "energy", "trade", "health", "security",
    "labour", "climate", "water", "food", "housing", "migration", "election", "court",
    "pension", "tax", "transport", "space", "arctic", "ocean", "data", "ai", "nuclear",
    "rail", "school", "university", "debt", "currency", "sanctions", "aid", "tariff",
    "grid", "battery", "hydrogen", "mining", "forest", "drought", "flood",
]  # fmt: skip
TAG_TAILS = [
    "policy", "reform", "finance", "markets", "standards", "security", "resilience",
    "governance", "strategy", "law", "budgets", "diplomacy", "innovation", "risk",
    "investment", "regulation", "statistics", "planning", "rights", "supply", "costs",
    "outlook", "transition", "cooperation", "competition", "infrastructure",
    "accountability", "subsidies", "procurement", "research", "trends", "coalitions",
    "pricing", "capacity", "workforce", "networks", "demand", "exports", "imports",
    "partnerships", "oversight", "data", "ethics", "skills", "safety", "access",
    "borders", "funding", "taxes", "jobs",
]  # fmt: skip
COMMENT_LINES = [
    "This matches what we see in our region.",
    "I would like to see the numbers behind the second section.",
    "A fair summary, though the costs fall unevenly.",
    "The comparison with the previous decade is the most useful part.",
    "Has anyone tried this at city level rather than nationally?",
    "Thanks for laying out the trade-offs so clearly.",
    "I disagree with the conclusion but the analysis is careful.",
]  # fmt: skip


class Command(BaseCommand):
    help = "Bulk-fill the database with invented articles and comments for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1000)
        parser.add_argument("--comments", type=int, default=None)
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, articles, comments, seed, **options):
        if comments is None:
            comments = articles * 10
        existing = Article.objects.count()
        if existing >= articles:
            self.stdout.write(f"Already {existing} articles: nothing to do.")
            return
        started = time.monotonic()
        self.rng = random.Random(seed)
        self.now = timezone.now()
        with transaction.atomic():
            leaves = self.make_categories()
            authors = self.make_authors()
            tags = self.make_tags()
        self.step("categories, authors, tags", started)
        heroes = self.make_hero_files()
        paragraphs = [self.paragraph() for _ in range(600)]
        article_ids = self.make_articles(
            articles, leaves, authors, tags, heroes, paragraphs
        )
        self.step(f"{articles} articles with bylines and tags", started)
        with transaction.atomic():
            rebuild_index()  # bulk_create() skips the save hook that indexes
        self.step("search index", started)
        self.make_comments(comments, article_ids)
        self.step(f"{comments} comments", started)
        self.make_reads(article_ids)
        self.step("two weeks of reads", started)
        # Fresh statistics, so the planner picks the indexes for the new data;
        # on PostgreSQL also the visibility map, so index-only scans need no
        # visit to the table (autovacuum would get there later). VACUUM cannot
        # run inside a transaction (as in a test).
        vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE" if vacuum else "ANALYZE")
        self.step("statistics", started)

    def step(self, what, started):
        self.stdout.write(f"  {what}: done at {time.monotonic() - started:.1f} s")

    def make_categories(self):
        leaves = []
        for position, section in enumerate(short.SECTIONS):
            top, _ = Category.objects.get_or_create(
                slug=section["slug"],
                parent=None,
                defaults={"name": section["name"], "position": position},
            )
            names = [c["name"] for c in section["children"]]
            names += [f"{section['name']} Outlook", f"{section['name']} Data"]
            for child_position, name in enumerate(names[:4]):
                child, _ = Category.objects.get_or_create(
                    slug=slugify(name),
                    parent=top,
                    defaults={"name": name, "position": child_position},
                )
                leaves.append(child)
        return leaves

    def make_authors(self):
        names = [f"{a} {b}" for a, b in itertools.product(FIRST, LAST)][:200]
        Author.objects.bulk_create(
            [
                Author(
                    name=name,
                    slug=slugify(name),
                    role="Fellow",
                    bio=f"<p>{name} writes about public policy.</p>",
                )
                for name in names
            ],
            ignore_conflicts=True,
        )
        return list(Author.objects.values_list("pk", flat=True))

    def make_tags(self):
        names = [f"{h} {t}" for h, t in itertools.product(TAG_HEADS, TAG_TAILS)][:2000]
        Tag.objects.bulk_create(
            [Tag(name=name, slug=slugify(name)) for name in names],
            ignore_conflicts=True,
        )
        return list(Tag.objects.values_list("pk", "name"))

    def make_hero_files(self):
        paths = []
        for i, motif in enumerate(
            ["bars", "lines", "waves", "grid", "circles", "network"]
        ):
            name = f"heroes/seed/{motif}.jpg"
            if not default_storage.exists(name):
                palette = list(images.PALETTES.values())[i]
                data = images.draw_motif(motif, palette, size=(1200, 675), seed=motif)
                default_storage.save(name, ContentFile(data))
            make_renditions(Article(hero_image=name).hero_image)
            paths.append(name)
        return paths

    def sentence(self):
        rng = self.rng
        return (
            f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}, "
            f"{rng.choice(CLAUSES)}."
        )

    def paragraph(self):
        return " ".join(self.sentence() for _ in range(self.rng.randint(5, 7)))

    def make_articles(self, count, leaves, authors, tags, heroes, paragraphs):
        rng = self.rng
        ids = []
        start = Article.objects.count()
        for offset in range(start, count, BATCH):
            batch, batch_tags = [], []
            for i in range(offset, min(offset + BATCH, count)):
                chosen = rng.sample(tags, rng.randint(3, 5))
                batch_tags.append([pk for pk, _ in chosen])
                # The tags' words make each article findable by its own topics.
                topics = ", ".join(name for _, name in chosen)
                chunks = [
                    f"This analysis covers {topics}.",
                    *rng.sample(paragraphs, 15),
                ]
                body = "".join(
                    (f"<h2>{self.sentence()[:60]}</h2>" if j % 5 == 4 else "")
                    + f"<p>{chunk}</p>"
                    for j, chunk in enumerate(chunks)
                )
                words = sum(len(chunk.split()) for chunk in chunks)
                when = self.now - timedelta(minutes=37 * (count - i))
                title = self.sentence()[:-1].split(",")[0]
                batch.append(
                    Article(
                        title=title,
                        slug=f"{slugify(title)[:60]}-{i}",
                        standfirst=self.sentence(),
                        body=body,
                        hero_image=rng.choice(heroes),
                        hero_width=1200,
                        hero_height=675,
                        hero_alt="Illustration: an abstract chart",
                        hero_caption="An illustration for this article.",
                        hero_credit="Illustration: Journal graphics desk",
                        category=(leaf := rng.choice(leaves)),
                        section_id=leaf.parent_id,
                        status=Article.Status.PUBLISHED,
                        publish_at=when,
                        created_at=when,
                        updated_at=when,
                        featured=i % 250 == 0,
                        reading_time=max(1, round(words / WORDS_PER_MINUTE)),
                    )
                )
            with transaction.atomic():
                created = Article.objects.bulk_create(batch)
                Byline.objects.bulk_create(
                    Byline(article_id=a.pk, author_id=author, position=p)
                    for a in created
                    for p, author in enumerate(
                        rng.sample(authors, rng.choice((1, 1, 2)))
                    )
                )
                ArticleTag.objects.bulk_create(
                    ArticleTag(
                        content_object_id=a.pk, tag_id=tag, **ArticleTag.copied_from(a)
                    )
                    for a, chosen in zip(created, batch_tags, strict=True)
                    for tag in chosen
                )
            ids.extend(a.pk for a in created)
        return ids

    def make_comments(self, count, article_ids):
        """About 80 % approved, a quarter of them replies (some two deep)."""
        if not count or not article_ids:
            return
        rng = self.rng
        self.commenters = [
            (f"{a} {b[0]}.", f"{slugify(a)}.{slugify(b)}{n}@example.com")
            for a, b in itertools.product(FIRST, LAST)
            for n in range(3)
        ]
        self.comment_texts = [
            f"{x} {y}" for x, y in itertools.permutations(COMMENT_LINES, 2)
        ]
        # 11:4 at the top level, and every reply approved: about 80 % overall.
        statuses = [Comment.Status.APPROVED] * 11 + [Comment.Status.PENDING] * 4
        top_level = int(count * 0.75)
        made = 0
        for offset in range(0, top_level, BATCH * 5):
            batch = [
                self.comment(rng.choice(article_ids), None, rng.choice(statuses))
                for _ in range(offset, min(offset + BATCH * 5, top_level))
            ]
            with transaction.atomic():
                parents = Comment.objects.bulk_create(batch)
            made += len(parents)
            approved = [c for c in parents if c.status == Comment.Status.APPROVED]
            replies = []
            while (
                approved
                and made + len(replies) < count
                and len(replies) < len(batch) // 3
            ):
                parent = rng.choice(approved)
                replies.append(
                    self.comment(parent.article_id, parent, Comment.Status.APPROVED)
                )
            with transaction.atomic():
                Comment.objects.bulk_create(replies)
            made += len(replies)

    def make_reads(self, article_ids, days=14):
        """The reads counted each day (readership.DailyReads) of the past
        `days`: many for the 300 newest articles, a few for 1,500 of the
        archive's, as the home page's "most read" finds them."""
        rng = self.rng
        newest, archive = article_ids[-300:], article_ids[:-300]
        today = timezone.localdate(self.now)
        for back in range(days):
            read = [(pk, rng.randint(50, 2000)) for pk in newest]
            read += [
                (pk, rng.randint(1, 40))
                for pk in rng.sample(archive, min(1500, len(archive)))
            ]
            with transaction.atomic():
                DailyReads.objects.bulk_create(
                    DailyReads(article_id=pk, day=today - timedelta(days=back), reads=n)
                    for pk, n in read
                )

    def comment(self, article_id, parent, status):
        rng = self.rng
        name, email = rng.choice(self.commenters)
        return Comment(
            article_id=article_id,
            parent=parent,
            depth=parent.depth + 1 if parent else 1,
            name=name,
            email=email,
            text=rng.choice(self.comment_texts),
            status=status,
            ip_address=f"198.51.100.{rng.randint(1, 254)}",
            user_agent="Mozilla/5.0 (seed)",
            created_at=self.now - timedelta(minutes=rng.randint(1, 500000)),
        )

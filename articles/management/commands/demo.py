"""Fill an empty database with the journal's invented demo content.

Idempotent: every object is found by its slug (or username) first, so running
the command again changes nothing.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from articles.demo import images, long_a, long_b, short
from articles.models import Article, Byline, Category, Photo, PromoSlot
from authors.models import Author
from comments.demo import load_demo_comments
from editions.models import Edition, EditionArticle
from readership.models import DailyReads

FIGURE_MARKER = "<!-- figure -->"

DEMO_USERS = [
    # username, password, superuser?, groups
    ("admin", "journal-admin-demo", True, []),
    ("editor", "journal-editor-demo", False, ["Editors"]),
    ("contributor", "journal-contributor-demo", False, ["Contributors"]),
    ("moderator", "journal-moderator-demo", False, ["Moderators"]),
]


class Command(BaseCommand):
    help = "Load the demo sections, authors, articles and accounts (safe to rerun)."

    def handle(self, *args, **options):
        with transaction.atomic():
            self.now = timezone.now().replace(minute=0, second=0, microsecond=0)
            categories = self.load_sections()
            authors = self.load_authors()
            created = 0
            for data in [*long_a.ARTICLES, *long_b.ARTICLES, *short.ARTICLES]:
                created += self.load_article(data, categories, authors)
            self.load_promos()
            self.load_edition()
            self.load_reads()
            users = self.load_users()
            self.stdout.write(f"Demo comments: {load_demo_comments()} new.")
        self.stdout.write(
            f"Demo content ready: {Article.objects.count()} articles "
            f"({created} new), {Author.objects.count()} authors, "
            f"{Category.objects.count()} categories."
        )
        for username, password in users:
            self.stdout.write(f"  login: {username} / {password}")

    def load_sections(self):
        categories = {}
        for position, section in enumerate(short.SECTIONS):
            parent = self._category(section, None, position)
            categories[parent.slug] = parent
            for child_position, child in enumerate(section["children"]):
                categories[child["slug"]] = self._category(
                    child, parent, child_position
                )
        return categories

    def _category(self, data, parent, position):
        category = Category.objects.filter(slug=data["slug"], parent=parent).first()
        if category is None:
            category = Category(
                name=data["name"],
                slug=data["slug"],
                parent=parent,
                description=data["description"],
                position=position,
            )
            category.full_clean()
            category.save()
        return category

    def load_authors(self):
        authors = {}
        for data in short.AUTHORS:
            slug = slugify(data["name"])
            author = Author.objects.filter(slug=slug).first()
            if author is None:
                author = Author(
                    name=data["name"],
                    slug=slug,
                    role=data["role"],
                    bio="".join(f"<p>{p}</p>" for p in data["bio"]),
                    x_handle=data["x_handle"],
                    website=data["website"],
                )
                author.photo.save(
                    f"{slug}.jpg",
                    ContentFile(images.draw_portrait(data["portrait"]["hue"], slug)),
                    save=False,
                )
                author.full_clean()
                author.save()
            authors[data["name"]] = author
        return authors

    def load_article(self, data, categories, authors):
        if Article.objects.filter(slug=data["slug"]).exists():
            return 0
        category = categories[data["category"]]
        palette = images.PALETTES.get(
            category.path.split("/")[0], images.DEFAULT_PALETTE
        )
        status = data.get("status", "published")
        publish_at = self.now - timedelta(
            days=data["days_ago"], hours=len(data["slug"]) % 9
        )
        body = data["body"]
        if data.get("figure"):
            body = body.replace(
                FIGURE_MARKER,
                self._photo(data["figure"], palette, data["slug"]).figure_html(),
            )
        article = Article(
            title=data["title"],
            slug=data["slug"],
            standfirst=data["standfirst"],
            body=body,
            category=category,
            status=Article.Status.DRAFT
            if status == "draft"
            else Article.Status.PUBLISHED,
            publish_at=publish_at,
            featured=data.get("featured", False),
            hero_alt=data["hero"]["alt"],
            hero_caption=data["hero"]["caption"],
            hero_credit=data["hero"]["credit"],
        )
        article.hero_image.save(
            f"{data['slug']}.jpg",
            ContentFile(
                images.draw_motif(data["hero"]["motif"], palette, seed=data["slug"])
            ),
            save=False,
        )
        article.full_clean()
        article.save()
        article.tags.set(data["tags"])
        Byline.objects.bulk_create(
            Byline(article=article, author=authors[name], position=i)
            for i, name in enumerate(data["authors"])
        )
        # Written when it went out: no "Updated" line unless the demo says so.
        updated_days = data.get("updated_days_after")
        updated_at = publish_at + timedelta(days=updated_days or 0)
        Article.objects.filter(pk=article.pk).update(
            created_at=publish_at,
            updated_at=updated_at,
            revised_at=updated_at if updated_days else None,
        )
        return 1

    def _photo(self, data, palette, slug):
        photo = Photo(alt=data["alt"], caption=data["caption"], credit=data["credit"])
        photo.image.save(
            f"{slug}-figure.jpg",
            ContentFile(
                images.draw_motif(
                    data["motif"], palette, size=(1200, 675), seed=slug + "f"
                )
            ),
            save=False,
        )
        photo.full_clean()  # also fills in width and height, as the admin's form does
        photo.save()
        return photo

    def load_promos(self):
        promos = [
            (
                "Weekly briefing banner",
                PromoSlot.Position.LEADERBOARD,
                (
                    "The Weekly Briefing",
                    "Our best analysis in one email, every Friday.",
                ),
                (970, 120),
                "Banner: The Weekly Briefing, our best analysis in one email every Friday",
                "/category/global-affairs/",
            ),
            (
                "Policy forum sidebar",
                PromoSlot.Position.SIDEBAR,
                ("Policy Forum", "Join our fellows in debate."),
                (600, 500),
                "Advertisement: the journal's Policy Forum, join our fellows in debate",
                "/category/governance/",
            ),
        ]
        for name, position, (headline, line), size, alt, link in promos:
            if PromoSlot.objects.filter(name=name).exists():
                continue
            promo = PromoSlot(
                name=name,
                position=position,
                alt=alt,
                link=link,
                starts_at=self.now - timedelta(days=30),
            )
            promo.image.save(
                f"{slugify(name)}.jpg",
                ContentFile(
                    images.draw_banner(
                        headline, line, images.PALETTES["global-affairs"], size
                    )
                ),
                save=False,
            )
            promo.full_clean()  # fills in width and height, as the admin's form does
            promo.save()

    def load_edition(self):
        """The latest print edition, with a drawn cover and six of the stories."""
        if Edition.objects.filter(volume=12, number=4).exists():
            return
        edition = Edition(
            volume=12,
            number=4,
            date=(self.now - timedelta(days=10)).date(),
            title="Winter 2026: Power and Restraint",
            cover_alt="Cover of the print edition, Winter 2026: Power and Restraint",
        )
        edition.cover.save(
            "cover-12-4.jpg",
            ContentFile(
                images.draw_banner(
                    "Power and Restraint",
                    "Vol. 12, No. 4 · Winter 2026",
                    images.PALETTES["global-affairs"],
                    (600, 800),
                )
            ),
            save=False,
        )
        edition.full_clean()  # fills in the cover's width and height
        edition.save()
        stories = Article.objects.published().order_by("publish_at", "pk")[:6]
        EditionArticle.objects.bulk_create(
            EditionArticle(edition=edition, article=article, position=place)
            for place, article in enumerate(stories)
        )

    def load_reads(self):
        """A week of invented read counts, so "Most read" has something to show
        (a day an article already has a count for keeps it)."""
        stories = list(Article.objects.published().order_by("pk"))
        today = timezone.localdate()
        DailyReads.objects.bulk_create(
            [
                DailyReads(
                    article=article,
                    day=today - timedelta(days=day),
                    reads=(article.pk * 37 + day * 11) % 90 + 5,
                )
                for article in stories
                for day in range(7)
            ],
            ignore_conflicts=True,
        )

    def load_users(self):
        User = get_user_model()
        logins = []
        for username, password, superuser, groups in DEMO_USERS:
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User(
                    username=username,
                    email=f"{username}@example.com",
                    is_staff=True,
                    is_superuser=superuser,
                )
                user.set_password(password)
                user.save()
                user.groups.set(Group.objects.filter(name__in=groups))
            logins.append((username, password))
        # The demo's drafts are the contributor's to carry on with: a
        # contributor changes only their own.
        Article.objects.filter(status=Article.Status.DRAFT, created_by=None).update(
            created_by=User.objects.get(username="contributor")
        )
        return logins

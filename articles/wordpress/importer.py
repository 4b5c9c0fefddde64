"""Writing a WordPress export into the journal.

Two passes over the file, both streamed (parse.py). The first reads the small
things every post refers to (authors, categories, tags, attachments, the page
tree) and counts the items; authors, categories and tags are then written in one
transaction. The second pass collects posts and pages into batches of
`batch_size` items and writes each batch (articles, bylines, tags, comments,
redirects, remembered IDs) in ONE transaction: a batch is all in or all out, so
an import that stops midway leaves no half-written item, and a re-run picks up
from there. A batch that fails is retried item by item, so one bad item costs
only itself.

WordPress IDs are remembered (`WordPressItem`) with a fingerprint of what was
imported: a re-run of the same file changes nothing; a newer export updates
what changed and adds what is new.
"""

import hashlib
import html
import ipaddress
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.redirects.models import Redirect
from django.db import DatabaseError, connection, reset_queries, transaction
from django.db.models import F, Max
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.html import linebreaks, strip_tags
from django.utils.text import Truncator, slugify
from taggit.models import Tag

from articles.models import WORDS_PER_MINUTE, Article, ArticleTag, Byline, Category
from articles.search import index_article
from authors.models import Author
from comments.models import MAX_DEPTH, Comment, normalize_email
from pages.models import Page, page_may_live_at
from thinktank.links import cached_reverse
from thinktank.pagecache import SITE_KEY, purge
from thinktank.redirects import follow_address
from thinktank.renditions import responsive_images

from . import markup
from .media import (
    MediaSource,
    MissingPicture,
    SiteUnreachable,
    is_picture,
    store_picture,
    upload_path,
)
from .middleware import redirect_key
from .models import WordPressItem, WordPressSite
from .parse import Author as WPAuthor
from .parse import Blog, Item, Term, WXRError, read_export
from .report import Progress, Report

Kind = WordPressItem.Kind
IMPORTED_TYPES = {"post", "page"}
# The sitemaps of WordPress itself and of its SEO plugins (Yoast, Rank Math),
# and the journal's URL names for them.
WORDPRESS_SITEMAPS = {
    "/wp-sitemap.xml": "sitemap",
    "/sitemap_index.xml": "sitemap",
    "/news-sitemap.xml": "sitemap_news",
}
# Pictures in a row the old site may leave unanswered before the run stops
# asking it: each costs media.TIMEOUT_SECONDS, and a dead site's thousands
# would take hours.
UNANSWERED_LIMIT = 5
# Mark the fingerprint of an item with pictures still to bring (Importer.complete).
WITHOUT_PICTURES = "without pictures"
MISSING_PICTURES = "missing pictures"
PRIMARY_CATEGORY_KEYS = ("_yoast_wpseo_primary_category", "rank_math_primary_category")
SEO_TITLE_KEYS = ("_yoast_wpseo_title", "rank_math_title")
SEO_DESCRIPTION_KEYS = ("_yoast_wpseo_metadesc", "rank_math_description")
# Yoast and Rank Math title variables: %%title%% (Yoast), %title% (Rank Math).
SEO_VARIABLE = re.compile(r"%%?([a-z_]+)%%?")
COMMENT_STATUS = {
    "1": Comment.Status.APPROVED,
    "approve": Comment.Status.APPROVED,
    "0": Comment.Status.PENDING,
    "hold": Comment.Status.PENDING,
    "spam": Comment.Status.SPAM,
    "trash": Comment.Status.REMOVED,
    "post-trashed": Comment.Status.REMOVED,
}
FALLBACK_AUTHOR = {"slug": "editorial-staff", "name": "Editorial staff"}
# An imported article's slug, at most: "/articles/<slug>/" has to fit the
# redirects' new_path (200 characters): old addresses lead to it.
SLUG_LENGTH = Redirect._meta.get_field("new_path").max_length - len("/articles//")


def journal_status(*, wp_status, password, imported):
    """The journal status for a WordPress post status, and a note for the report.

    `imported`: the item is in the journal from an earlier import. Returns
    (status, note); status None means the item is not imported and the note
    says why. The one place to change when the journal gains states.
    """
    if password:
        return (
            Article.Status.DRAFT,
            "password-protected in WordPress: imported as a draft",
        )
    if wp_status in ("publish", "future"):  # future: publish_at is ahead, so scheduled
        return Article.Status.PUBLISHED, None
    if wp_status in ("draft", "pending"):
        return Article.Status.DRAFT, None
    if wp_status == "private":
        return Article.Status.DRAFT, "private in WordPress: imported as a draft"
    if wp_status == "trash":
        if imported:  # as for private: readers lose it, the journal keeps it
            return Article.Status.DRAFT, "in WordPress's trash: made a draft"
        return None, "in WordPress's trash"
    return None, f"WordPress status “{wp_status}” is not imported"


def status_label(status, publish_at):
    """How the report counts an article: published, scheduled or draft."""
    if status == Article.Status.PUBLISHED and publish_at > timezone.now():
        return "scheduled"
    return status


def parse_date(gmt, local):
    """An aware datetime from WordPress's GMT date, else its local date read in
    the site's time zone (drafts have no GMT date); None when neither is valid."""
    for text, zone in ((gmt, UTC), (local, ZoneInfo(settings.TIME_ZONE))):
        text = (text or "").strip()
        if not text or text.startswith("0000"):
            continue
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            continue
        return moment if moment.tzinfo else moment.replace(tzinfo=zone)
    return None


def old_path(url_or_path):
    """A WordPress address as `Redirect.old_path` stores it: the path decoded,
    as `request.path` gives it, with no host. Decoded, a non-ASCII slug takes a
    sixth of its percent-encoded length (old_path holds 200 characters), and
    "%C3%A9" and "%c3%a9" are one address."""
    parts = urlsplit(url_or_path)
    path = unquote(parts.path or "/")
    return f"{path}?{parts.query}" if parts.query else path


def nicename(login):
    """The author's address name in WordPress (/author/<nicename>/): the login
    sanitised as sanitize_title does it (lower case, dots and spaces to
    hyphens, "@" and other signs dropped)."""
    return slugify(login.replace(".", "-"))


def fingerprint(*values):
    """A short digest of plain values (strings, numbers, dates, lists of them)."""
    return hashlib.md5(repr(values).encode(), usedforsecurity=False).hexdigest()


def item_digest(item):
    return fingerprint(
        item.title, item.content, item.excerpt, item.date, item.date_gmt,
        item.modified_gmt, item.slug, item.status, item.password, item.sticky,
        item.creator, item.terms, item.parent, item.comment_status, item.link,
        item.old_slugs,
        sorted((k, v) for k, v in item.meta.items() if not k.startswith("_edit_")),
    )  # fmt: skip


def comment_text(html_text):
    """WordPress comment HTML as the journal's plain comment text."""
    if "<" in html_text:  # most comments are plain text: skip the HTML parser
        html_text = strip_tags(re.sub(r"(?i)<br\s*/?>|</p>", "\n", html_text))
    return html.unescape(html_text).strip()


def attachment_alt(attachment):
    """A picture's alt text (plain): its own, else its title."""
    alt = attachment.meta.get("_wp_attachment_image_alt") or attachment.title
    return markup.plain_text(alt)


def valid_ip(text):
    try:
        return str(ipaddress.ip_address((text or "").strip()))
    except ValueError:
        return None


@dataclass
class Scan:
    """What the first pass learns."""

    authors: list = field(default_factory=list)
    categories: dict = field(default_factory=dict)  # slug: Term
    tags: dict = field(default_factory=dict)  # slug: Term
    attachments: dict = field(default_factory=dict)  # id: Item without body
    # post id: its attachments ("attached" to it in the media library), in
    # file order
    attached: dict = field(default_factory=lambda: defaultdict(list))
    page_tree: dict = field(default_factory=dict)  # id: (slug, parent id)
    url: str = ""  # where WordPress answered: https://example.org/blog
    blog: str = ""  # the folder WordPress lived in ("/blog"), if any
    items: int = 0
    error: str = ""


@dataclass
class PreparedPost:
    """An article filled from a WordPress post, with what is written beside it."""

    item: Item
    article: Article
    author: Author
    tags: list
    digest: str
    # bulk_create stamps created_at and updated_at with now; WordPress's dates win.
    dates: dict


def issued_comment_ids():
    """The highest ID the database has given a comment (0 for none yet),
    deleted comments' included: the IDs a comment may have had."""
    table = Comment._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT pg_sequence_last_value(pg_get_serial_sequence(%s, 'id'))",
                [table],
            )
        else:  # SQLite's AUTOINCREMENT keeps it in sqlite_sequence
            cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
        row = cursor.fetchone()
    highest = Comment.objects.aggregate(highest=Max("pk"))["highest"]
    return max((row and row[0]) or 0, highest or 0)


def site_key(url):
    """A WordPress site's address as compared: no scheme, "www.", case or
    final slash (https://www.Example.org/blog/ is example.org/blog)."""
    parts = urlsplit(url.strip().lower())
    return parts.netloc.removeprefix("www.") + parts.path.rstrip("/")


def tag_url(tag):
    return cached_reverse("articles:tag", slug=tag.slug)


@dataclass
class CategoryTarget:
    """Where a WordPress category's posts go, and the tag that keeps a
    too-deep category's name."""

    category: Category
    tag: Tag | None = None


class Importer:
    def __init__(
        self,
        *,
        media=None,
        dry_run=False,
        site_moved=False,
        batch_size=250,
        report=None,
        progress=None,
    ):
        self.media = media or MediaSource()
        self.dry_run = dry_run
        self.site_moved = site_moved  # the export's site is the one imported before
        self.batch_size = batch_size
        self.report = report or Report()
        self.progress_write = progress  # a write(text) for the progress bar
        self.site_id = settings.SITE_ID
        self.pictures = {}  # url: StoredPicture or the reason it is missing
        self.unanswered = 0  # pictures in a row the old site did not answer for
        # Posts and pages whose pictures did not all come over: remembered
        # without a fingerprint, so the next import tries them again.
        self.incomplete = set()  # WordPress IDs
        # Posts and pages with pictures, imported with no source of them.
        self.without_pictures = set()  # WordPress IDs
        self.redirects = {}  # old path: Redirect, waiting for store_redirects()
        self.withdrawn = set()  # addresses of items not public: no redirect to them

    # The whole run ----------------------------------------------------------

    def run(self, path):
        """Import the export at `path`; return the Report. Raises WXRError when
        nothing at all could be read from the file."""
        if not self.dry_run:
            self._import(path)
            return self.report
        with transaction.atomic():
            self._import(path)
            transaction.set_rollback(True)
        return self.report

    def _import(self, path):
        self.scan_result = scan = self.scan(path)
        self.check_site(scan.url)
        self.comment_ids_issued = issued_comment_ids()
        if not self.media:
            self.report.warn(
                "import",
                "-",
                "no --media-dir or --media-url: pictures were not "
                "brought over and stay at their WordPress addresses",
            )
        with transaction.atomic():
            # A blog in a folder: its home page is the journal's.
            self.add_redirects([self.blog_path("/")], cached_reverse("articles:home"))
            # The sitemaps search engines know: the journal's.
            for old, name in WORDPRESS_SITEMAPS.items():
                self.add_redirects([self.blog_path(old)], cached_reverse(name))
            self.import_authors(scan.authors)
            self.import_categories(scan.categories)
            self.import_tags(scan.tags)
            self.store_redirects()
        progress = Progress(scan.items, self.progress_write)
        batch = []
        try:
            for record in read_export(path):
                if not isinstance(record, Item):
                    continue
                progress.advance()
                if not record.wp_id:
                    self.warn_without_id(record)
                    continue
                if record.post_type not in IMPORTED_TYPES:
                    if record.post_type != "attachment":
                        self.report.skip(
                            record.post_type or "item",
                            record.wp_id,
                            f"post type “{record.post_type}” is not imported",
                        )
                    continue
                batch.append(record)
                if len(batch) >= self.batch_size:
                    self.write_batch(batch)
                    batch = []
        except WXRError as error:
            if str(error) != scan.error:
                self.report.errors.append(str(error))
        self.write_batch(batch)
        progress.finish()
        with transaction.atomic():
            self.redirect_attachments(scan.attached)
            self.store_redirects()
        if scan.error:
            done = "read (dry run: nothing was written)" if self.dry_run else "imported"
            self.report.errors.append(
                f"{scan.error} Everything before that point was {done}."
            )

    def scan(self, path):
        """First pass: authors, terms, attachments, the page tree, the count."""
        scan = Scan()
        try:
            for record in read_export(path, comments=False):
                if isinstance(record, Blog):
                    scan.url = record.url
                    scan.blog = urlsplit(record.url).path.rstrip("/")
                elif isinstance(record, WPAuthor):
                    scan.authors.append(record)
                elif isinstance(record, Term):
                    target = {"category": scan.categories, "post_tag": scan.tags}
                    if record.taxonomy in target and record.slug:
                        target[record.taxonomy][record.slug] = record
                else:
                    scan.items += 1
                    if record.wp_id:  # the second pass reports one without
                        self.scan_item(scan, record)
        except WXRError as error:
            if not scan.items and not scan.authors:
                raise
            scan.error = str(error)
        return scan

    def warn_without_id(self, item):
        """Report an item the export gives no <wp:post_id> (or not a number),
        named by its title: WordPress's IDs start at 1, and without one the
        item could not be matched on a later run, nor be linked to (?p=ID, a
        featured image, a gallery, a parent page)."""
        title = Truncator(markup.plain_text(item.title) or "(untitled)").chars(80)
        self.report.warn("import", "-",
                         f"{item.post_type or 'item'} without wp:post_id "
                         f"(title “{title}”): skipped")  # fmt: skip

    def scan_item(self, scan, item):
        if item.post_type == "attachment":
            # Kept for the whole run: only what featured images and redirects use.
            alt = item.meta.get("_wp_attachment_image_alt", "")
            item.content, item.comments = "", []
            item.meta = {"_wp_attachment_image_alt": alt}
            scan.attachments[item.wp_id] = item
            scan.attached[item.parent].append(item)
            return
        if item.post_type == "page":
            scan.page_tree[item.wp_id] = (unquote(item.slug), item.parent)
        for taxonomy, slug, name in item.terms:
            # Terms used by posts but missing from the header (some exporters).
            target = {"category": scan.categories, "post_tag": scan.tags}.get(taxonomy)
            if target is not None and slug and slug not in target:
                target[slug] = Term(taxonomy, 0, slug, name or slug)

    # Remembered IDs ---------------------------------------------------------

    def check_site(self, url):
        """Refuse (WXRError) an export of another WordPress site than the one
        imported before: its IDs would be taken for that one's, and its posts,
        authors and categories would overwrite theirs. The first site, or the
        same one at a new address (`site_moved`), is recorded. The address's
        scheme and "www." do not count."""
        if not url:
            return
        known = WordPressSite.objects.first()
        if known is None:
            WordPressSite.objects.create(url=url)
        elif self.site_moved:
            known.url = url
            known.save()
        elif site_key(known.url) != site_key(url):
            raise WXRError(
                f"This export is of {url}, and the journal imported {known.url}: "
                "one journal takes one WordPress site (their IDs would mix, and "
                "this site's posts, authors and categories would overwrite the "
                "other's). If it is the same site at a new address, run the "
                "import again with --site-moved."
            )

    def remembered(self, kind, wp_ids):
        """{wp_id: WordPressItem} for the given IDs of one kind."""
        rows = WordPressItem.objects.filter(kind=kind, wp_id__in=list(wp_ids))
        return {row.wp_id: row for row in rows}

    def remember(self, kind, rows, existing):
        """Record what WordPress objects became: rows of (wp_id, object_id,
        {other WordPressItem fields}), written when new or changed. An item
        this import wrote gives its `imported_at`."""
        fields = ["object_id", "digest", "email", "comments", "imported_at"]
        new, changed = [], []
        for wp_id, object_id, values in rows:
            row = existing.get(wp_id)
            values = {"object_id": object_id, "digest": "", "email": "",
                      "comments": {}, "imported_at": row and row.imported_at,
                      **values}  # fmt: skip
            if row is None:
                new.append(WordPressItem(kind=kind, wp_id=wp_id, **values))
            elif any(getattr(row, name) != values[name] for name in fields):
                for name in fields:
                    setattr(row, name, values[name])
                changed.append(row)
        WordPressItem.objects.bulk_create(new)
        WordPressItem.objects.bulk_update(changed, fields)

    def blog_path(self, path):
        """An address WordPress made (`path`, from the blog's root) as
        `old_path` stores it, in the folder the blog lived in, if any:
        "/?p=12" is "/blog/?p=12" when WordPress answered at /blog/."""
        return old_path(self.scan_result.blog + path)

    def add_redirects(self, old_paths, new_path):
        """Queue old → new (301) for each old address that differs from the new
        one; `store_redirects` writes them."""
        for path in old_paths:
            if not path or path == new_path:
                continue
            key = redirect_key(path)  # a long permalink is cut
            self.redirects[key] = Redirect(
                site_id=self.site_id, old_path=key, new_path=new_path
            )

    def withdraw_redirects(self, new_path):
        """Queue the removal of every redirect that leads to `new_path`, the
        address of an item that is not public (a draft, private, scheduled…):
        its old addresses, earlier ones included, answer 404 rather than a 301
        to a page that is not found. A redirect to another item (an old
        address two posts shared) stays."""
        self.withdrawn.add(new_path)

    def store_redirects(self):
        """Write the queued redirects that are new or lead elsewhere now, and
        delete those that lead to a withdrawn address."""
        redirects = self.redirects
        stored = Redirect.objects.filter(
            site_id=self.site_id, old_path__in=list(redirects)
        ).values_list("old_path", "new_path")
        for path, new_path in stored:
            if redirects[path].new_path == new_path:
                del redirects[path]
        Redirect.objects.bulk_create(
            redirects.values(),
            update_conflicts=True,
            unique_fields=["site", "old_path"],
            update_fields=["new_path"],
        )
        self.report.count("redirect", "stored", number=len(redirects))
        if self.withdrawn:
            removed, _ = Redirect.objects.filter(
                site_id=self.site_id, new_path__in=self.withdrawn
            ).delete()
            self.report.count("redirect", "removed (not public)", number=removed)
        self.redirects, self.withdrawn = {}, set()

    # Authors, categories, tags ----------------------------------------------

    def import_authors(self, wp_authors):
        self.authors = {}  # login: Author
        existing = self.remembered(Kind.AUTHOR, [a.wp_id for a in wp_authors])
        remembered = []
        for wp in wp_authors:
            slug = slugify(wp.login)[:140] or f"author-{wp.wp_id}"
            # WordPress stores names HTML-escaped ("Bob &amp; Co").
            name = markup.plain_text(
                wp.display_name or f"{wp.first_name} {wp.last_name}".strip() or wp.login
            )[:120]
            digest = fingerprint(name, slug, wp.description, wp.email)
            row = existing.get(wp.wp_id)
            author = (
                (row and Author.objects.filter(pk=row.object_id).first())
                or Author.objects.filter(slug=slug).first()
                or (
                    wp.email
                    and Author.objects.filter(user__email__iexact=wp.email).first()
                )
            )
            if author is None:
                author = Author.objects.create(
                    name=name, slug=slug, bio=linebreaks(wp.description)
                )
                self.report.count("author", "created")
            elif row is not None and row.digest != digest:
                author.name, author.bio = name, linebreaks(wp.description)
                author.save()
                self.report.count("author", "updated")
            else:
                self.report.count("author", "matched" if row is None else "unchanged")
            self.authors[wp.login] = author
            remembered.append(
                (wp.wp_id, author.pk, {"digest": digest, "email": wp.email[:254]})
            )
            self.add_redirects(
                [
                    self.blog_path(f"/?author={wp.wp_id}"),
                    self.blog_path(f"/author/{nicename(wp.login)}/"),
                ],
                author.get_absolute_url(),
            )
        self.remember(Kind.AUTHOR, [r for r in remembered if r[0]], existing)

    def author_for(self, item):
        """The journal author for a post's dc:creator (created, with a
        warning, when the export's header does not list them)."""
        login = item.creator.strip()
        if login in self.authors:
            return self.authors[login]
        if login:
            self.report.warn(
                item.post_type, item.wp_id,
                f"author “{login}” is not in the export's author list; "
                "an author profile was made from the login",
            )  # fmt: skip
            defaults = {"slug": slugify(login)[:140] or "author", "name": login[:120]}
        else:
            self.report.warn(item.post_type, item.wp_id,
                             "no author; credited to “Editorial staff”")  # fmt: skip
            defaults = FALLBACK_AUTHOR
        author, created = Author.objects.get_or_create(
            slug=defaults["slug"], defaults={"name": defaults["name"]}
        )
        if created:
            self.report.count("author", "created")
        if login:
            self.add_redirects(
                [self.blog_path(f"/author/{nicename(login)}/")],
                author.get_absolute_url(),
            )
        self.authors[login] = author
        return author

    def import_categories(self, terms):
        """Categories with their parent chains; deeper than the journal allows,
        a category joins its level-3 ancestor and lives on as a tag."""
        self.categories = {}  # WordPress slug: CategoryTarget
        existing = self.remembered(Kind.CATEGORY, [t.wp_id for t in terms.values()])
        chains = {slug: self.category_chain(slug, terms) for slug in terms}
        remembered = []
        for slug in sorted(terms, key=lambda s: len(chains[s])):
            term, chain = terms[slug], chains[slug]
            wp_path = self.blog_path("/category/" + "/".join(chain) + "/")
            if len(chain) > 3:
                target = CategoryTarget(
                    self.categories[chain[2]].category, self.tags_for([term])[term.slug]
                )
                self.categories[slug] = target
                self.report.warn(
                    "category", term.wp_id,
                    f"“{term.name}” is {len(chain)} levels deep (the journal keeps 3): "
                    f"its posts go to “{target.category}” and get the tag "
                    f"“{target.tag.name}”",
                )  # fmt: skip
                self.report.count("category", "merged", "deeper than 3 levels")
                new_url = tag_url(target.tag)
            else:
                parent = self.categories[chain[-2]].category if len(chain) > 1 else None
                category = self.category_for(term, parent, existing.get(term.wp_id))
                self.categories[slug] = CategoryTarget(category)
                new_url = category.get_absolute_url()
                remembered.append((term.wp_id, category.pk, {}))
            if term.wp_id:
                # WordPress also answered a subcategory by its own slug alone
                # (/category/europe/ for /category/world/europe/): its slugs
                # are unique among all categories.
                short_path = self.blog_path(f"/category/{slug}/")
                self.add_redirects(
                    [self.blog_path(f"/?cat={term.wp_id}"), wp_path, short_path],
                    new_url,
                )
        self.remember(Kind.CATEGORY, [r for r in remembered if r[0]], existing)
        top = dict(Category.objects.filter(parent=None).values_list("slug", "pk"))
        self.sections = {  # category pk: its section's pk
            pk: top[path.split("/")[0]]
            for pk, path in Category.objects.values_list("pk", "path")
        }

    def category_chain(self, slug, terms):
        """WordPress slugs from the top-level category down to `slug`."""
        chain = [slug]
        while (parent := terms[chain[0]].parent_slug) and parent in terms:
            if parent in chain:  # a loop in the export: cut it
                break
            chain.insert(0, parent)
        return chain

    def category_for(self, term, parent, row):
        slug = slugify(unquote(term.slug))[:100] or f"category-{term.wp_id}"
        name = markup.plain_text(term.name or term.slug)[:100]
        # Shown as text (a page's intro, its meta description): WordPress
        # keeps it with markup and entities, as it does names.
        description = markup.plain_text(term.description)
        category = row and Category.objects.filter(pk=row.object_id).first()
        if not category:
            category = Category.objects.filter(parent=parent, slug=slug).first()
        if category is None:
            category = Category.objects.create(
                name=name, slug=slug, parent=parent, description=description
            )
            self.report.count("category", "created")
        elif (category.name, category.description, category.parent_id) != (
            name, description, parent and parent.pk
        ) and row is not None:  # fmt: skip
            category.name, category.description = name, description
            category.parent = parent
            category.save()
            self.report.count("category", "updated")
        else:
            self.report.count("category", "unchanged" if row else "matched")
        return category

    def tags_for(self, terms):
        """{WordPress slug: Tag} for the terms: the tag with the same slug, else
        the same name (any case), else a new one."""
        wanted = {
            term.slug: (
                slugify(unquote(term.slug))[:100] or f"tag-{term.wp_id}",
                markup.plain_text(term.name or term.slug)[:100],
            )
            for term in terms
        }
        by_slug = Tag.objects.in_bulk(
            [slug for slug, _ in wanted.values()], field_name="slug"
        )
        by_name = {
            tag.lower_name: tag
            for tag in Tag.objects.annotate(lower_name=Lower("name")).filter(
                lower_name__in=[name.lower() for _, name in wanted.values()]
            )
        }
        found, missing = {}, {}
        for wp_slug, (slug, name) in wanted.items():
            tag = by_slug.get(slug) or by_name.get(name.lower())
            if tag is not None:
                found[wp_slug] = tag
            elif slug not in {
                t.slug for t in missing.values()
            } and name.lower() not in {t.name.lower() for t in missing.values()}:
                missing[wp_slug] = Tag(name=name, slug=slug)
        if not missing:
            return found
        Tag.objects.bulk_create(missing.values())
        self.report.count("tag", "created", number=len(missing))
        created = list(Tag.objects.filter(slug__in=[t.slug for t in missing.values()]))
        created_by_slug = {tag.slug: tag for tag in created}
        created_by_name = {tag.name.lower(): tag for tag in created}
        for wp_slug, (slug, name) in wanted.items():
            # Two WordPress terms whose slugs or names meet share one tag.
            found.setdefault(
                wp_slug, created_by_slug.get(slug) or created_by_name.get(name.lower())
            )
        return found

    def import_tags(self, terms):
        self.tags = self.tags_for(terms.values())  # WordPress slug: Tag
        for slug, term in terms.items():
            tag = self.tags[slug]
            if term.wp_id:
                # Decoded, as request.GET gives the middleware the value.
                self.add_redirects(
                    [
                        self.blog_path(f"/?tag={unquote(slug)}"),
                        self.blog_path(f"/tag/{slug}/"),
                    ],
                    tag_url(tag),
                )

    # Posts and pages --------------------------------------------------------

    def write_batch(self, items):
        """Write a batch in one transaction; if it fails, each item alone."""
        if not items:
            return
        authors, pictures = dict(self.authors), dict(self.pictures)
        mark = self.report.mark()
        try:
            with transaction.atomic():
                self.write_items(items)
        except DatabaseError:
            # Authors the failed attempt made were rolled back with it, and what
            # it counted is counted again when its items are written one by one
            # (pictures too, stored again under the same name).
            self.authors, self.pictures = authors, pictures
            self.report.rewind(mark)
            if len(items) == 1:
                item = items[0]
                self.report.warn(item.post_type, item.wp_id,
                                 "could not be written; skipped")  # fmt: skip
                self.report.skip(item.post_type, item.wp_id, "database error")
                return
            for item in items:
                self.write_batch([item])

    def write_items(self, items):
        # With DEBUG on, Django keeps the last 9,000 queries (bulk inserts with all
        # their values): forget them, so memory stays flat.
        reset_queries()
        self.redirects, self.withdrawn = {}, set()  # none left from a failed attempt
        posts = [i for i in items if i.post_type == "post"]
        pages = [i for i in items if i.post_type == "page"]
        if posts:
            self.write_posts(posts)
        if pages:
            self.write_pages(pages)
        self.store_redirects()
        # bulk_create and update send no signals; an import changes the whole
        # site (lists, menus, feeds): every cached page goes stale with it.
        purge([SITE_KEY])

    def prepare_post(self, item, current, digest):
        """An Article filled from the WordPress post (over `current`, the
        article it became on an earlier import, if any), as a PreparedPost;
        None when the post is not imported. An editor's withdrawal stands."""
        status, note = journal_status(
            wp_status=item.status, password=item.password, imported=bool(current)
        )
        if status is None:
            self.report.skip("post", item.wp_id, note)
            return None
        if note:
            self.report.warn("post", item.wp_id, note)
        publish_at = parse_date(item.date_gmt, item.date)
        if publish_at is None:
            self.report.warn(
                "post", item.wp_id,
                f"invalid date “{item.date_gmt or item.date}”: imported as a draft "
                "dated now",
            )  # fmt: skip
            publish_at, status = timezone.now(), Article.Status.DRAFT
        if current and current.status == Article.Status.WITHDRAWN:
            status = Article.Status.WITHDRAWN
            self.report.warn(
                "post", item.wp_id, "withdrawn in the journal: left withdrawn"
            )
        body = responsive_images(self.body(item))
        category, extra_tags = self.primary_category(item)
        title = self.title(item, Article)
        modified = parse_date(item.modified_gmt, "")
        # Never in the future, a scheduled post's included: a "last saved" after
        # the import would read as an editor's change (`unchanged`), and the
        # post would never get its pictures.
        now = timezone.now()
        dates = {
            "created_at": min(publish_at, now),
            "updated_at": min(max(publish_at, modified or publish_at), now),
        }
        seo_title, seo_description = self.seo(item, title)
        words = len(strip_tags(body).split())
        # Built whole, not assigned field by field: assigning an image to an
        # existing instance makes Django open the file for its dimensions.
        article = Article(
            pk=current.pk if current else None,
            title=title,
            standfirst=markup.standfirst(item.excerpt, body, title),
            body=body,
            category=category,
            section_id=self.sections[category.pk],
            status=status,
            publish_at=publish_at,
            featured=item.sticky,
            allow_comments=item.comment_status != "closed",
            seo_title=seo_title,
            seo_description=seo_description,
            reading_time=max(1, -(-words // WORDS_PER_MINUTE)),
            **dates,
            **self.hero(item),
        )
        tags = [
            self.tags[slug] for taxonomy, slug, _ in item.terms
            if taxonomy == "post_tag" and slug in self.tags
        ] + extra_tags  # fmt: skip
        return PreparedPost(
            item,
            article,
            self.author_for(item),
            list(dict.fromkeys(tags)),
            digest,
            dates,
        )

    def title(self, item, model):
        """The item's title as text, cut (with a warning naming the item) to
        what `model`'s title holds."""
        title = markup.plain_text(item.title) or "(untitled)"
        length = model._meta.get_field("title").max_length
        if len(title) > length:
            self.report.warn(item.post_type, item.wp_id,
                             f"title longer than {length} characters: shortened")  # fmt: skip
            title = Truncator(title).chars(length)
        return title

    def primary_category(self, item):
        """(category, tags of too-deep categories) for a post: Yoast's or Rank
        Math's primary category when set, else the first."""
        slugs = [
            s for t, s, _ in item.terms if t == "category" and s in self.categories
        ]
        by_id = {self.scan_result.categories[s].wp_id: s for s in slugs}
        # Categories missing from the export's list (an export of posts only
        # lists none) have no id, read as 0: no primary category names them.
        by_id.pop(0, None)
        for key in PRIMARY_CATEGORY_KEYS:
            value = (item.meta.get(key) or "").strip()
            primary = by_id.get(int(value)) if value.isdigit() else None
            if primary:
                slugs.remove(primary)
                slugs.insert(0, primary)
                break
        if not slugs:
            self.report.warn(
                "post", item.wp_id, "no category: filed under “Uncategorized”"
            )
            category, _ = Category.objects.get_or_create(
                slug="uncategorized", parent=None, defaults={"name": "Uncategorized"}
            )
            self.sections.setdefault(category.pk, category.pk)
            return category, []
        targets = [self.categories[s] for s in slugs]
        return targets[0].category, [t.tag for t in targets if t.tag]

    def seo(self, item, title):
        def first(keys):
            return next((item.meta[k] for k in keys if item.meta.get(k)), "")

        def fill(text):
            text = SEO_VARIABLE.sub(lambda m: title if m[1] == "title" else "", text)
            return " ".join(text.split()).strip(" -–|")

        seo_title = Truncator(fill(first(SEO_TITLE_KEYS))).chars(70)
        # Yoast's default, "%%title%% %%sep%% %%sitename%%", is the headline
        # alone: stored, it would keep the page's title at the imported headline
        # after an editor corrects it. Empty, the page title is the headline.
        if seo_title == Truncator(title).chars(70):
            seo_title = ""
        return seo_title, Truncator(fill(first(SEO_DESCRIPTION_KEYS))).chars(160)

    def picture(self, url, kind, wp_id):
        """The stored picture for an upload address, or None (with a warning)."""
        if url not in self.pictures:
            try:
                self.pictures[url] = store_picture(
                    url=url, source=self.media, dry_run=self.dry_run
                )
                self.report.count("picture", "stored")
                self.unanswered = 0
            except SiteUnreachable as error:
                self.pictures[url] = str(error)
                self.unanswered += 1
                if self.unanswered >= UNANSWERED_LIMIT:
                    self.stop_fetching(error)
            except MissingPicture as error:
                self.pictures[url] = str(error)
                self.unanswered = 0
        stored = self.pictures[url]
        if isinstance(stored, str):
            self.report.warn(kind, wp_id, f"missing image: {stored}")
            self.incomplete.add(wp_id)
            return None
        # Links to the old upload (a full-size view, another site) still work.
        self.add_redirects([old_path(url)], stored.url)
        return stored

    def stop_fetching(self, error):
        """Ask the old site for no more pictures in this run: it left
        UNANSWERED_LIMIT in a row unanswered (`error`, the last). The rest of
        the run goes on as one with no source of pictures: they keep their
        WordPress addresses and their items are remembered as still to bring
        (`complete`), so a later run with a source brings them."""
        self.media = MediaSource()
        self.report.warn("import", "-",
                         f"the old site did not answer for {UNANSWERED_LIMIT} "
                         f"pictures in a row (the last: {error}): the other "
                         "pictures were not brought over and stay at their "
                         "WordPress addresses; import again with --media-url "
                         "once it answers, or with --media-dir and a copy of "
                         "wp-content/uploads, to bring them over")  # fmt: skip

    def body(self, item):
        """A post's or page's body in the journal's markup, its pictures brought
        over; the shortcodes removed from it are named in a warning."""
        converted = markup.convert(
            item.content, gallery=lambda options: self.gallery(item, options)
        )
        if converted.removed_shortcodes:
            names = ", ".join(f"[{n}]" for n in converted.removed_shortcodes)
            self.report.warn(item.post_type, item.wp_id, f"shortcodes removed: {names}")
        return self.bring_pictures(item, converted.html)

    def gallery(self, item, options):
        """The pictures ([markup.GalleryPicture]) a [gallery] shortcode of
        `item` with those attributes shows, chosen as WordPress chose them:
        the attachments it lists (`ids`, or `include` before WordPress 3.5),
        else those attached to the post (or to the post `id` names) in their
        menu order, less those it `exclude`s. Files that are not pictures are
        left out, as WordPress did; a listed ID the export does not have, and
        a gallery left with no picture, are named in a warning."""

        def numbers(name):
            return [
                int(n) for n in options.get(name, "").split(",") if n.strip().isdigit()
            ]

        attachments = self.scan_result.attachments
        listed = numbers("ids") or numbers("include")
        if listed:
            for wp_id in listed:
                if wp_id not in attachments:
                    self.report.warn(item.post_type, item.wp_id,
                                     f"[gallery]: attachment {wp_id} is not in the "
                                     "export: left out")  # fmt: skip
            chosen = [attachments[wp_id] for wp_id in listed if wp_id in attachments]
        else:
            parent = (numbers("id") or [item.wp_id])[0]
            excluded = set(numbers("exclude"))
            chosen = sorted(
                (
                    a
                    for a in self.scan_result.attached.get(parent, [])
                    if a.wp_id not in excluded
                ),
                key=lambda a: (a.menu_order, a.wp_id),
            )
        pictures = [
            markup.GalleryPicture(
                src=a.attachment_url, alt=attachment_alt(a), caption=a.excerpt
            )
            for a in chosen
            if is_picture(a.attachment_url)
        ]
        if not pictures:
            self.report.warn(item.post_type, item.wp_id,
                             "[gallery] with no picture in the export: removed")  # fmt: skip
        return pictures

    def bring_pictures(self, item, body):
        """The body with its uploaded pictures stored here and pointed to; each
        other upload it links to (a PDF, say) is not brought over and is named
        in a warning. With no source of pictures, the body is kept as it is and
        the item noted (see `complete`)."""

        def replace(src, tag):
            if not upload_path(src):
                return tag  # not one of the site's uploads: left as it is
            if not self.media:
                self.without_pictures.add(item.wp_id)
                return tag
            stored = self.picture(src, item.post_type, item.wp_id)
            if stored is None:
                return ""
            return markup.image_tag(
                src=stored.url,
                alt=markup.attributes(tag).get("alt", ""),
                width=stored.width,
                height=stored.height,
            )

        body = markup.rewrite_images(body, replace)
        if not self.media:  # the run's own warning says so, once
            return body
        for href in markup.link_targets(body):
            # A stored picture's old address redirects to it (see picture()).
            if upload_path(href) and isinstance(self.pictures.get(href, ""), str):
                self.report.warn(
                    item.post_type, item.wp_id,
                    f"linked file not brought over (the link still leads to "
                    f"the old site): {href}",
                )  # fmt: skip
        return body

    def hero(self, item):
        """The article fields of the featured image (`_thumbnail_id`): picture,
        alt text, caption and credit."""
        fields = {"hero_image": "", "hero_width": None, "hero_height": None}
        thumbnail = int(item.meta.get("_thumbnail_id") or 0)
        if thumbnail and not self.media:
            self.without_pictures.add(item.wp_id)  # as in bring_pictures
        if not thumbnail or not self.media:
            return fields
        attachment = self.scan_result.attachments.get(thumbnail)
        if attachment is None:
            self.report.warn("post", item.wp_id, "featured image not in the export")
            return fields
        stored = self.picture(attachment.attachment_url, "post", item.wp_id)
        if stored is None:
            return fields
        caption, credit = markup.split_credit(markup.plain_text(attachment.excerpt))
        return {
            "hero_image": stored.name,
            "hero_width": stored.width,
            "hero_height": stored.height,
            "hero_alt": Truncator(attachment_alt(attachment)).chars(250),
            "hero_caption": Truncator(caption).chars(300),
            "hero_credit": Truncator(credit).chars(200),
        }

    def unique_slugs(self, prepared):
        """Give each article a slug no other article has: WordPress's, made
        ASCII (else the title's), with the post's ID added on a clash; at most
        SLUG_LENGTH characters, so that the article's address fits the
        redirects that lead to it."""
        wanted = [
            slugify(unquote(p.item.slug))[:SLUG_LENGTH]
            or slugify(p.article.title)[:SLUG_LENGTH]
            or "post"
            for p in prepared
        ]
        taken = dict(Article.objects.filter(slug__in=wanted).values_list("slug", "pk"))
        used = set()
        for post, slug in zip(prepared, wanted, strict=True):
            owner = taken.get(slug)
            if slug in used or (owner is not None and owner != post.article.pk):
                suffix = f"-{post.item.wp_id}"
                slug = f"{slug[: SLUG_LENGTH - len(suffix)]}{suffix}"
            used.add(slug)
            post.article.slug = slug

    def write_posts(self, items):
        existing = self.remembered(Kind.POST, [i.wp_id for i in items])
        articles = {
            a.pk: a
            for a in Article.objects.filter(
                pk__in=[r.object_id for r in existing.values()]
            )
        }
        # A post whose article was deleted in the journal is new again, and so
        # are its comments, deleted with it: what it remembers of them is stale.
        present = {
            wp_id: row for wp_id, row in existing.items() if row.object_id in articles
        }
        prepared, unchanged = [], {}
        for item in items:
            row = existing.get(item.wp_id)
            article = row and articles.get(row.object_id)
            digest = item_digest(item)
            if article and self.unchanged("post", row, digest, article.updated_at):
                unchanged[item.wp_id] = article
                self.report.count(
                    "post",
                    "unchanged",
                    status_label(article.status, article.publish_at),
                )
                continue
            post = self.prepare_post(item, article, digest)
            if post is not None:
                prepared.append(post)
        self.unique_slugs(prepared)
        new = [p.article for p in prepared if p.article.pk is None]
        changed = [p.article for p in prepared if p.article.pk is not None]
        Article.objects.bulk_create(new)
        # bulk_create stamped created_at and updated_at with now: WordPress's
        # dates win, in one UPDATE for the many never edited after publishing.
        for post in prepared:
            for name, value in post.dates.items():
                setattr(post.article, name, value)
        Article.objects.filter(pk__in=[a.pk for a in new]).update(
            created_at=F("publish_at"), updated_at=F("publish_at")
        )
        Article.objects.bulk_update(
            [
                a
                for a in new
                if a.publish_at != a.created_at or a.publish_at != a.updated_at
            ],
            ["created_at", "updated_at"],
        )
        Article.objects.bulk_update(changed, [
            "title", "slug", "standfirst", "body", "hero_image", "hero_width",
            "hero_height", "hero_alt", "hero_caption", "hero_credit", "category",
            "section", "status", "publish_at", "updated_at", "featured",
            "allow_comments", "seo_title", "seo_description", "reading_time",
        ])  # fmt: skip
        Byline.objects.filter(article__in=changed).delete()
        ArticleTag.objects.filter(content_object__in=changed).delete()
        Byline.objects.bulk_create(
            Byline(article=p.article, author=p.author, position=0) for p in prepared
        )
        ArticleTag.objects.bulk_create(
            ArticleTag(
                content_object_id=p.article.pk,
                tag=tag,
                **ArticleTag.copied_from(p.article),
            )
            for p in prepared
            for tag in p.tags
        )
        for post in prepared:
            item, article = post.item, post.article
            if article.pk in articles:
                follow_address(
                    articles[article.pk].get_absolute_url(),
                    article.get_absolute_url(),
                    site_id=self.site_id,
                )
            index_article(article)
            self.report.count(
                "post", "updated" if item.wp_id in present else "created",
                status_label(article.status, article.publish_at),
            )  # fmt: skip
            # Withdrawn in the journal, it is an editor's to publish again: its
            # old addresses stay for then (they lead to a 404 meanwhile).
            kept_withdrawn = article.status == Article.Status.WITHDRAWN
            if article.is_published or kept_withdrawn:
                self.add_redirects(self.post_paths(item), article.get_absolute_url())
            else:
                self.withdraw_redirects(article.get_absolute_url())
        targets = {p.item.wp_id: p.article for p in prepared} | unchanged
        digests = {wp_id: existing[wp_id].digest for wp_id in unchanged} | {
            p.item.wp_id: self.complete(p.item, p.digest) for p in prepared
        }
        comments = self.write_comments(
            [i for i in items if i.wp_id in targets], targets, present
        )
        written = {"imported_at": timezone.now()}
        self.remember(
            Kind.POST,
            [
                (wp_id, article.pk, {
                    "digest": digests[wp_id],
                    "comments": comments[wp_id],
                    **({} if wp_id in unchanged else written),
                })
                for wp_id, article in targets.items()
            ],
            existing,
        )  # fmt: skip

    def keep_wordpress_ids(self, comments):
        """Give each new comment in `comments` ([(WordPress ID, unsaved
        Comment)]) its WordPress ID as its journal ID, where no comment has or
        had that ID: an old link to a comment (/2023/11/14/port-reform/#comment-1002)
        then leads to it, its anchor being "comment-" and its ID. On a journal
        with no comments of its own, all of them keep theirs; the others get new
        IDs as usual. An ID once given is never given again (`issued_comment_ids`
        at the run's start): a comment erased in the journal stays erased.

        The database must never give a reader's comment one of those IDs by
        itself: SQLite gives a new row an ID above every one the table has
        held; PostgreSQL's sequence is moved past them first (never back). A
        dry run keeps no IDs: they are thrown away."""
        if self.dry_run:
            return
        wanted = {
            wp_id: comment
            for wp_id, comment in comments
            if wp_id > self.comment_ids_issued
        }
        if not wanted:
            return
        if connection.vendor == "postgresql":
            table = Comment._meta.db_table
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT setval(pg_get_serial_sequence(%s, 'id'), "
                    "GREATEST(%s, nextval(pg_get_serial_sequence(%s, 'id'))))",
                    [table, max(wanted), table],
                )
        taken = Comment.objects.filter(pk__in=wanted).values_list("pk", flat=True)
        for wp_id in wanted.keys() - set(taken):
            wanted[wp_id].pk = wp_id

    def complete(self, item, digest):
        """The fingerprint to remember for an item just written: its own, or,
        with pictures still to come, its own marked so (`unchanged`): when they
        did not all come over (the old site down, a file missing from the
        uploads copy), or it was imported with no source of pictures at all
        (the text first, the pictures on a later run)."""
        if item.wp_id in self.incomplete:
            return fingerprint(digest, MISSING_PICTURES)
        if item.wp_id in self.without_pictures:
            return fingerprint(digest, WITHOUT_PICTURES)
        return digest

    def unchanged(self, kind, row, digest, edited_at):
        """Whether a post or page remembered in `row` needs no writing, its
        fingerprint now being `digest` and its journal row last changed at
        `edited_at`. Changed in WordPress, it is written again (WordPress's
        text wins). Unchanged there but with pictures to bring (`complete`),
        it is written again to bring them when this run has a source of
        pictures (a run without one would undo those brought before), unless
        an editor changed it in the journal since it was imported: the
        editor's work wins, and a warning says so."""
        if row.digest == digest:
            return True
        to_bring = row.digest in (
            fingerprint(digest, MISSING_PICTURES),
            fingerprint(digest, WITHOUT_PICTURES),
        )
        if to_bring and not self.media:
            return True
        if to_bring and edited_at > row.imported_at:
            self.report.warn(kind, row.wp_id,
                             "pictures not brought over: changed in the journal "
                             "since it was imported, so left as it is")  # fmt: skip
            return True
        return False

    def post_paths(self, item):
        """The addresses a WordPress post may have had: ?p=ID, its permalink,
        and the common permalink shapes, with its slug and each earlier one
        (`_wp_old_slug`, which WordPress redirected itself)."""
        paths = [
            self.blog_path(f"/?p={item.wp_id}"),
            old_path(item.link) if item.link else "",
        ]
        date = parse_date(item.date, "")  # permalinks use the site's local date
        if item.slug and date:
            year, month, day = f"{date:%Y}", f"{date:%m}", f"{date:%d}"
            paths.append(self.blog_path(f"/archives/{item.wp_id}/"))
            for slug in [unquote(s) for s in [item.slug, *item.old_slugs] if s]:
                paths += [
                    self.blog_path(f"/{year}/{month}/{day}/{slug}/"),
                    self.blog_path(f"/{year}/{month}/{slug}/"),
                ]
        return paths

    def write_pages(self, items):
        existing = self.remembered(Kind.PAGE, [i.wp_id for i in items])
        remembered = []
        for item in items:
            row = existing.get(item.wp_id)
            digest = item_digest(item)
            page = row and Page.objects.filter(pk=row.object_id).first()
            if page and self.unchanged("page", row, digest, page.updated_at):
                self.report.count("page", "unchanged", page.status)
                continue
            status, note = journal_status(
                wp_status=item.status, password=item.password, imported=bool(page)
            )
            if status is None:
                self.report.skip("page", item.wp_id, note)
                continue
            if note:
                self.report.warn("page", item.wp_id, note)
            url = self.page_url(item)
            page = page or Page.objects.filter(url=url).first() or Page()
            previous_url = page.url
            page.title = self.title(item, Page)
            page.url = url
            page.body = self.body(item)
            page.status = (
                Page.Status.PUBLISHED
                if status == Article.Status.PUBLISHED
                else Page.Status.DRAFT
            )
            page.description = Truncator(
                self.seo(item, page.title)[1] or markup.plain_text(item.excerpt)
            ).chars(160)
            self.report.count("page", "updated" if page.pk else "created", page.status)
            page.save()
            remembered.append(
                (
                    item.wp_id,
                    page.pk,
                    {
                        "digest": self.complete(item, digest),
                        "imported_at": timezone.now(),
                    },
                )  # fmt: skip
            )
            paths = [
                self.blog_path(f"/?page_id={item.wp_id}"),
                old_path(item.link) if item.link else "",
            ]
            if page.status == Page.Status.PUBLISHED:
                self.add_redirects(paths, page.url)
            else:
                self.withdraw_redirects(page.url)
            if previous_url:
                follow_address(previous_url, page.url, site_id=self.site_id)
            if item.comments:
                self.report.skip("comment", item.wp_id,
                                 "comments on pages are not imported (page ID given)")  # fmt: skip
        self.remember(Kind.PAGE, remembered, existing)

    def page_url(self, item):
        """The page's old address when it was a pretty one, else its slug path
        (parents first); another of the site's addresses is never taken."""
        link_path = urlsplit(item.link).path if item.link else ""
        if (
            link_path.endswith("/")
            and link_path != "/"
            and not urlsplit(item.link).query
        ):
            url = unquote(link_path)
        else:
            slugs, node, seen = [], item.wp_id, set()
            tree = self.scan_result.page_tree
            while node in tree and node not in seen:
                seen.add(node)
                slug, node = tree[node]
                slugs.insert(
                    0, slugify(slug, allow_unicode=True) or f"page-{item.wp_id}"
                )
            url = "/" + "/".join(slugs) + "/"
        if not page_may_live_at(url):
            fallback = f"/pages/{slugify(unquote(item.slug)) or item.wp_id}/"
            self.report.warn("page", item.wp_id,
                             f"{url} belongs to the journal; the page is at {fallback}")  # fmt: skip
            url = fallback
        return url[:200]

    def redirect_attachments(self, by_parent):
        """Attachment pages lead to the published post (or page) they belong
        to (`by_parent`: {post ID: its attachments})."""
        posts = self.remembered(Kind.POST, by_parent)
        pages = self.remembered(Kind.PAGE, by_parent)
        slugs = dict(
            Article.objects.published()
            .filter(pk__in=[r.object_id for r in posts.values()])
            .values_list("pk", "slug")
        )
        page_urls = dict(
            Page.objects.published()
            .filter(pk__in=[r.object_id for r in pages.values()])
            .values_list("pk", "url")
        )
        urls = {
            wp_id: cached_reverse("articles:detail", slug=slugs[row.object_id])
            for wp_id, row in posts.items()
            if row.object_id in slugs
        } | {
            wp_id: page_urls[row.object_id]
            for wp_id, row in pages.items()
            if row.object_id in page_urls
        }
        for parent, group in by_parent.items():
            for attachment in group:
                if parent not in urls:
                    # Unpublished, the post took the redirects to it away.
                    self.report.skip("attachment", attachment.wp_id,
                                     "attachment page of no published post: no redirect")  # fmt: skip
                    continue
                paths = [self.blog_path(f"/?attachment_id={attachment.wp_id}")]
                if attachment.link and not urlsplit(attachment.link).query:
                    paths.append(old_path(attachment.link))
                self.add_redirects(paths, urls[parent])

    # Comments ---------------------------------------------------------------

    def write_comments(self, items, articles, posts):
        """Write the comments of the posts in `items` (articles: post ID →
        Article; posts: post ID → its WordPressItem, if any, which remembers
        its comments). Threads are kept: a reply deeper than the journal allows
        is attached to its deepest allowed ancestor. A comment deleted in the
        journal since it was imported (a reader's personal data erased, say)
        never comes back; a new reply to it starts a thread of its own. Returns,
        per post, the comments to remember: {WordPress ID: [journal ID,
        fingerprint]}."""
        remembered = {}
        journal_pk = {}  # WordPress comment ID: journal comment ID
        levels = defaultdict(list)  # depth: [(wp_id, parent wp_id, Comment)]
        changed = []
        known_of = {
            item.wp_id: {
                int(k): v
                for k, v in getattr(posts.get(item.wp_id), "comments", {}).items()
            }
            for item in items
        }
        remembered_pks = [pk for known in known_of.values() for pk, _ in known.values()]
        present = set(
            Comment.objects.filter(pk__in=remembered_pks).values_list("pk", flat=True)
        )
        deleted = {
            wp_id
            for known in known_of.values()
            for wp_id, (pk, _) in known.items()
            if pk not in present
        }
        for item in items:
            known = known_of[item.wp_id]
            journal_pk.update(
                (wp_id, pk) for wp_id, (pk, _) in known.items() if pk in present
            )
            comments = {}
            for data in item.comments:
                wp_id = int(data.get("id") or 0)
                if data.get("type") in ("pingback", "trackback"):
                    self.report.skip("comment", wp_id, data["type"])
                    continue
                comments[wp_id] = data
            kept = remembered[item.wp_id] = {}
            for wp_id, data in comments.items():
                if wp_id in deleted:
                    kept[str(wp_id)] = known[wp_id]
                    self.report.skip("comment", wp_id, "deleted in the journal")
                    continue
                digest = fingerprint(sorted(data.items()))
                if wp_id in known and known[wp_id][1] == digest:
                    kept[str(wp_id)] = known[wp_id]
                    status = COMMENT_STATUS.get(data.get("approved", "").strip())
                    self.report.count("comment", "unchanged", status or "pending")
                    continue
                comment = self.comment_from(wp_id, data, articles[item.wp_id])
                if wp_id in known:
                    comment.pk = known[wp_id][0]
                    changed.append(comment)
                    self.report.count("comment", "updated", comment.status)
                else:
                    chain = self.comment_chain(wp_id, comments)
                    # Below a deleted comment: the thread starts after it.
                    cut = [n for n, ancestor in enumerate(chain) if ancestor in deleted]
                    chain = chain[cut[-1] + 1 :] if cut else chain
                    comment.depth = min(len(chain), MAX_DEPTH)
                    parent = chain[comment.depth - 2] if comment.depth > 1 else None
                    levels[comment.depth].append((wp_id, parent, comment))
                kept[str(wp_id)] = [comment.pk, digest]
        for depth in sorted(levels):  # parents first: replies need their IDs
            level = levels[depth]
            self.keep_wordpress_ids([(wp_id, c) for wp_id, _, c in level])
            for _, parent, comment in level:
                comment.parent_id = journal_pk.get(parent)
            Comment.objects.bulk_create(c for _, _, c in level)
            for wp_id, _, comment in level:
                journal_pk[wp_id] = comment.pk
                self.report.count("comment", "created", comment.status)
        Comment.objects.bulk_update(
            changed,
            ["name", "email", "website", "text", "status", "ip_address", "created_at"],
        )
        for kept in remembered.values():
            for wp_id, entry in kept.items():
                if int(wp_id) not in deleted:
                    entry[0] = journal_pk[int(wp_id)]
        return remembered

    @staticmethod
    def comment_chain(wp_id, comments):
        """WordPress comment IDs from the thread's top down to `wp_id`."""
        chain = [wp_id]
        while True:
            parent = int(comments[chain[0]].get("parent") or 0)
            if parent not in comments or parent in chain:
                return chain
            chain.insert(0, parent)

    def comment_from(self, wp_id, data, article):
        """An unsaved Comment from a WordPress comment."""
        approved = (data.get("approved") or "").strip()
        status = COMMENT_STATUS.get(approved)
        if status is None:
            self.report.warn("comment", wp_id,
                             f"unknown status “{approved}”: awaiting moderation")  # fmt: skip
            status = Comment.Status.PENDING
        text = comment_text(data.get("content", ""))
        if len(text) > 5000:
            self.report.warn(
                "comment", wp_id, "longer than 5,000 characters: shortened"
            )
            text = Truncator(text).chars(5000)
        created_at = parse_date(data.get("date_gmt"), data.get("date"))
        if created_at is None:
            self.report.warn("comment", wp_id, "invalid date: dated with its post")
            created_at = article.publish_at
        website = (data.get("author_url") or "").strip()
        if not website.startswith(("http://", "https://")) or len(website) > 200:
            website = ""
        comment = Comment(
            article=article,
            name=(markup.plain_text(data.get("author", "")) or "Anonymous")[:100],
            email=normalize_email(data.get("author_email") or "")[:254],
            website=website,
            text=text,
            status=status,
            ip_address=valid_ip(data.get("author_IP")),
            created_at=created_at,
        )
        return comment

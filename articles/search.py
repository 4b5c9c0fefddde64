"""Full-text search of articles, one function over two database backends.

PostgreSQL: a `search_vector` column (title weight A, standfirst B, body C) kept
current by a trigger and indexed with GIN; both come from migration 0003 and
exist only there, so the model stays database-neutral. Ranked with ts_rank and
highlighted with ts_headline.

SQLite: an FTS5 table (`articles_article_fts`, rowid = article id, Porter
stemming) from the same migration, kept current by the save and delete hooks
below. Ranked with bm25() and highlighted with highlight() and snippet().

Both understand the same query language, parsed here once: words must all
match, "quoted phrases" match in order, `OR` between words offers
alternatives, `-word` leaves articles out and `word*` matches a prefix.
"""

import html
import re
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property

from django import forms
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVectorField,
)
from django.db import connections, transaction
from django.db.models import Expression
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .models import Category

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MAX_RESULTS = 1000  # a reader pages through at most this many
RANKED_MATCHES = MAX_RESULTS + 1  # best match ranks the newest this many
MAX_WORD_LENGTH = 60
CONFIG = "english"  # PostgreSQL's text search configuration (migration 0003 too)
FTS_TABLE = "articles_article_fts"
# bm25() weights of the FTS5 columns: title, standfirst, body.
FTS_WEIGHTS = "10.0, 5.0, 1.0"
EXCERPT_WORDS = 28
# Dates a reader may filter by; far-off years would overflow time zone sums.
EARLIEST_DAY, LATEST_DAY = date(1900, 1, 1), date(2999, 12, 31)

# Highlight markers: private-use characters that never reach the reader. The
# database wraps matches in them; `mark_matches` escapes everything else first
# and only then turns them into <mark> elements.
START, STOP = "\ue000", "\ue001"
_MARKED = re.compile(f"{START}([^{START}{STOP}]*){STOP}")

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(-?)([^\s"]+)')
_WORD = re.compile(r"[^\W_]+")
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Term:
    """One word, or several that must appear together in order (a phrase)."""

    words: tuple
    prefix: bool = False

    @property
    def is_phrase(self):
        return len(self.words) > 1


@dataclass
class Query:
    """A parsed search: every group must match (any term within a group), and
    no excluded term may."""

    groups: list = field(default_factory=list)
    excluded: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.groups)


def parse_query(text):
    """Read a reader's search into a `Query`; characters that are not part of a
    word are ignored, so no input can make the database fail."""
    query = Query()
    join_next = False
    for match in _TOKEN.finditer(text[:MAX_QUERY_LENGTH]):
        quoted_minus, phrase, minus, chunk = match.groups()
        if chunk == "OR" and not minus:
            join_next = bool(query.groups)
            continue
        raw = phrase if phrase is not None else chunk
        words = tuple(w[:MAX_WORD_LENGTH] for w in _WORD.findall(raw))
        if not words:
            continue
        prefix = phrase is None and len(words) == 1 and raw.endswith("*")
        term = Term(words=words, prefix=prefix)
        if quoted_minus or minus:
            query.excluded.append(term)
        elif join_next:
            query.groups[-1].append(term)
        else:
            query.groups.append([term])
        join_next = False
        if len(query.groups) + len(query.excluded) >= MAX_TERMS:
            break
    return query


def search_articles(articles, query, *, newest_first=False):
    """The `articles` (already narrowed to what readers may see) that match
    `query` (a non-empty `Query`), best matches first unless `newest_first`,
    as `SearchResults`."""
    vendor = connections[articles.db].vendor
    backends = {"postgresql": _PostgreSQL, "sqlite": _SQLite}
    if vendor not in backends:
        raise NotImplementedError(f"No full-text search for {vendor}.")
    return SearchResults(articles, backends[vendor](query), newest_first=newest_first)


class SearchResults:
    """Search results as a Paginator wants them: `count()` and slices.

    One query keeps the ids of the first MAX_RESULTS + 1 results (so it also
    gives the count, up to "more than MAX_RESULTS"); one more loads a page's
    cards with their highlighted excerpts. Heavy columns and excerpts are never
    computed for rows the reader will not see. Before the ids, SQLite counts
    the index's matches and PostgreSQL is told to plan for these words (see
    the backends).

    Best match ranks at most the newest RANKED_MATCHES matches: a reader pages
    through no more than that, and a word found in most of the archive would
    otherwise cost a ranking of the whole archive (~0.6 s at 100,000
    articles, against ~10–40 ms so). Narrowing by section or dates reaches
    further back.
    """

    def __init__(self, articles, backend, *, newest_first=False):
        self.articles = articles
        self.backend = backend
        self.newest_first = newest_first

    @cached_property
    def _ids(self):
        if self.newest_first:
            ordered = self.backend.matching(self.articles).order_by(
                "-publish_at", "-pk"
            )
        else:
            ordered = self.backend.best_matches(self.articles).order_by(
                self.backend.best_first, "-publish_at", "-pk"
            )
        with self.backend.planned_for_its_words(self.articles.db):
            return list(ordered.values_list("pk", flat=True)[: MAX_RESULTS + 1])

    @property
    def capped(self):
        """More articles matched than the reader can page through."""
        return len(self._ids) > MAX_RESULTS

    def count(self):
        return min(len(self._ids), MAX_RESULTS)

    def ids(self):
        """The results' ids in order, without loading their cards."""
        return self._ids[:MAX_RESULTS]

    def __iter__(self):
        return iter(self[:])

    def __getitem__(self, page):
        """The articles of `page`, a slice of the ranking."""
        ids = self._ids[:MAX_RESULTS][page]
        cards = self.backend.highlighted(
            self.articles.filter(pk__in=ids).for_cards()
        ).in_bulk()
        results = [cards[pk] for pk in ids]
        for article in results:
            # The body's excerpt when the body matched, else the standfirst.
            excerpt = article.search_excerpt or ""
            if START not in excerpt:
                excerpt = article.search_standfirst
            article.excerpt_html = mark_matches(html.unescape(excerpt))
        return results


def mark_matches(text):
    """`text` escaped, with the words the database marked wrapped in <mark>."""
    text = _MARKED.sub(r"<mark>\1</mark>", escape(text or ""))
    return mark_safe(" ".join(text.replace(START, "").replace(STOP, "").split()))


# PostgreSQL ---------------------------------------------------------------


class _StoredVector(Expression):
    """The `search_vector` column migration 0003 adds (not a model field)."""

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(compiler.query.base_table)
        return f"{table}.search_vector", []


class _PostgreSQL:
    best_first = "-search_rank"

    def __init__(self, query):
        def term_query(term):
            if term.prefix:
                raw = f"{term.words[0]}:*"
                return SearchQuery(raw, config=CONFIG, search_type="raw")
            kind = "phrase" if term.is_phrase else "plain"
            return SearchQuery(" ".join(term.words), config=CONFIG, search_type=kind)

        # Ranking and highlighting look at the wanted words only: ts_rank
        # scores any query with a NOT in it close to zero.
        self.wanted = None
        for group in query.groups:
            alternatives = term_query(group[0])
            for term in group[1:]:
                alternatives |= term_query(term)
            self.wanted = (
                alternatives if self.wanted is None else self.wanted & alternatives
            )
        self.tsquery = self.wanted
        for term in query.excluded:
            self.tsquery &= ~term_query(term)

    def matching(self, articles):
        return articles.alias(search_vector=_StoredVector()).filter(
            search_vector=self.tsquery
        )

    def best_matches(self, articles):
        """The newest RANKED_MATCHES matches, each with its rank."""
        newest = self.matching(articles).order_by("-publish_at", "-pk")
        return articles.filter(pk__in=newest.values("pk")[:RANKED_MATCHES]).annotate(
            search_rank=SearchRank(_StoredVector(), self.wanted)
        )

    @contextmanager
    def planned_for_its_words(self, using):
        """Have PostgreSQL plan the ranking for this search's words, not reuse
        a plan made for others: a prepared statement (DB_PREPARED_STATEMENTS)
        may get a generic one. For a rare word the best way in is the
        full-text index, for a word in most articles the date index, stopping
        at the newest matches; with a generic plan "policy" took 90 ms at
        100,000 articles instead of 13. SET LOCAL ends with the transaction,
        so the setting never outlives the query, also behind a pooler."""
        connection = connections[using]
        if not connection.settings_dict["OPTIONS"].get("server_side_binding"):
            yield  # nothing is prepared: every statement is planned for its values
            return
        with transaction.atomic(using=using):
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL plan_cache_mode = force_custom_plan")
            yield

    def highlighted(self, articles):
        def headline(column, **options):
            return SearchHeadline(
                column,
                self.wanted,
                config=CONFIG,
                start_sel=START,
                stop_sel=STOP,
                **options,
            )

        return articles.annotate(
            search_standfirst=headline("standfirst", highlight_all=True),
            search_excerpt=headline(
                "body",
                max_fragments=2,
                max_words=EXCERPT_WORDS // 2,
                min_words=8,
                fragment_delimiter=" … ",
            ),
        )


# SQLite -------------------------------------------------------------------


class _SQLite:
    # extra() is the ORM's way to join a table it has no model for; the
    # search expression reaches SQLite as a parameter.
    best_first = RawSQL(f"bm25({FTS_TABLE}, {FTS_WEIGHTS})", []).asc()

    def __init__(self, query):
        def term_expression(term):
            # Words hold letters and digits only, so quoting them is enough.
            star = "*" if term.prefix else ""
            return f'"{" ".join(term.words)}"{star}'

        wanted = " AND ".join(
            "(" + " OR ".join(term_expression(t) for t in group) + ")"
            for group in query.groups
        )
        if query.excluded:
            unwanted = " OR ".join(term_expression(t) for t in query.excluded)
            wanted = f"({wanted}) NOT ({unwanted})"
        self.expression = wanted
        self._match_count = None

    def _joined(self, articles, join, extra_params=(), **extra):
        return articles.extra(
            tables=[FTS_TABLE],
            where=[join, f"{FTS_TABLE} MATCH %s"],
            params=[*extra_params, self.expression],
            **extra,
        )

    def matching(self, articles):
        """The articles the full-text index matches, as a membership test.

        With few matches SQLite looks each one up by id. With many (a word
        in most articles) the unary + has it walk the published articles
        along their date index instead and test each, so it can stop at the
        newest few rather than read the row of every match (~0.45 s for
        100,000 of them, against ~15 ms).
        """
        base = articles.model._meta.db_table
        plus = "+" if self._many_match(articles.db) else ""
        return articles.extra(
            where=[
                f"{plus}{base}.id IN "
                f"(SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)"
            ],
            params=[self.expression],
        )

    def best_matches(self, articles):
        """The newest RANKED_MATCHES matches, joined to the index for bm25().

        The unary +s have SQLite start from the full-text match, run it once,
        and test each match against the newest before it reads the article.
        """
        base = articles.model._meta.db_table
        join = f"{base}.id = +{FTS_TABLE}.rowid"
        if not self._many_match(articles.db):
            return self._joined(articles, join)
        newest = self.matching(articles).order_by("-publish_at", "-pk")
        newest = newest.values("pk")[:RANKED_MATCHES]
        sql, params = newest.query.get_compiler(using=articles.db).as_sql()
        return self._joined(
            articles, f"{join} AND +{FTS_TABLE}.rowid IN ({sql})", extra_params=params
        )

    def planned_for_its_words(self, using):
        return nullcontext()  # SQLite plans every statement afresh

    def _many_match(self, using):
        """Whether the index matches more than RANKED_MATCHES articles,
        published or not: cheap, it reads only the index. Asked once."""
        if self._match_count is None:
            with connections[using].cursor() as cursor:
                cursor.execute(
                    f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",
                    [self.expression],
                )
                self._match_count = cursor.fetchone()[0]
        return self._match_count > RANKED_MATCHES

    def highlighted(self, articles):
        base = articles.model._meta.db_table
        marks = f"char({ord(START)}), char({ord(STOP)})"
        return self._joined(
            articles,
            f"{FTS_TABLE}.rowid = {base}.id",
            select={
                "search_standfirst": f"highlight({FTS_TABLE}, 1, {marks})",
                "search_excerpt": (
                    f"snippet({FTS_TABLE}, 2, {marks}, ' … ', {EXCERPT_WORDS})"
                ),
            },
        )


def plain_text(html_text):
    """The reader-visible text of sanitised HTML, tags turned into spaces."""
    return " ".join(html.unescape(_TAG.sub(" ", html_text or "")).split())


def index_article(article, using="default"):
    """Bring the SQLite index entry of `article` up to date (a no-op elsewhere;
    PostgreSQL's trigger does it there)."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [article.pk])
        cursor.execute(
            f"INSERT INTO {FTS_TABLE} (rowid, title, standfirst, body) "
            "VALUES (%s, %s, %s, %s)",
            [article.pk, article.title, article.standfirst, plain_text(article.body)],
        )


def rebuild_index(using="default"):
    """Index every article again: for writers that bypass save(), like
    bulk_create() and update(). Returns how many articles were indexed."""
    from .models import Article

    connection = connections[using]
    if connection.vendor != "sqlite":
        return Article.objects.using(using).count()
    # In table order: read through the newest-first index (the model's default
    # ordering) while the index is written, the rebuild took 32 s instead of 9
    # at 20,000 articles, and more than an hour at 100,000.
    rows = (
        Article.objects.using(using)
        .order_by("pk")
        .values_list("pk", "title", "standfirst", "body")
    )
    count = 0
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {FTS_TABLE}")
        for pk, title, standfirst, body in rows.iterator(chunk_size=500):
            cursor.execute(
                f"INSERT INTO {FTS_TABLE} (rowid, title, standfirst, body) "
                "VALUES (%s, %s, %s, %s)",
                [pk, title, standfirst, plain_text(body)],
            )
            count += 1
    return count


def article_deleted(sender, instance, using, **kwargs):
    connection = connections[using]
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [instance.pk])


# The reader's form ----------------------------------------------------------


class DayField(forms.DateField):
    """A day typed as YYYY-MM-DD; one written so that does not exist
    (2026-02-30) is told so, not asked for the format it is in."""

    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

    def to_python(self, value):
        try:
            return super().to_python(value)
        except forms.ValidationError:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", (value or "").strip()):
                raise forms.ValidationError(
                    "There is no day %(day)s in the calendar.",
                    code="no_such_day",
                    params={"day": value.strip()},
                ) from None
            raise


class SearchForm(forms.Form):
    """What a reader may ask: words, a section and a date range."""

    q = forms.CharField(
        label="Search for",
        required=False,
        max_length=MAX_QUERY_LENGTH,
        strip=True,
        error_messages={
            "max_length": "That search is too long (%(show_value)d characters). "
            "Try a few key words, at most %(limit_value)d characters."
        },
    )
    section = forms.ModelChoiceField(
        label="Section",
        queryset=Category.objects.filter(parent=None).order_by("position", "name"),
        to_field_name="slug",
        required=False,
        empty_label="All sections",
        error_messages={"invalid_choice": "Choose a section from the list."},
    )
    since = DayField(
        label="From",
        required=False,
        error_messages={"invalid": "Enter the start date as YYYY-MM-DD."},
    )
    until = DayField(
        label="To",
        required=False,
        error_messages={"invalid": "Enter the end date as YYYY-MM-DD."},
    )
    order = forms.ChoiceField(
        label="Sort by",
        choices=[("", "Best match"), ("newest", "Newest first")],
        required=False,
        error_messages={"invalid_choice": "Sort by best match or newest first."},
    )

    def __init__(self, data=None, *args, **kwargs):
        # A NUL character is no search, and written back into the box it
        # broke the page's HTML: it is dropped before the form reads it.
        if data is not None and "\x00" in data.get("q", ""):
            data = data.copy()
            data["q"] = data["q"].replace("\x00", "")
        super().__init__(data, *args, **kwargs)

    def clean_q(self):
        text = " ".join(self.cleaned_data["q"].split())
        self.parsed = parse_query(text)
        if text and not self.parsed:
            if self.parsed.excluded:
                message = (
                    "A minus sign leaves a word out; add at least one word to "
                    "look for, like “trade -tariffs”."
                )
            else:
                message = (
                    "There are no words to search for in that. Try a word or "
                    "two, like “climate” or “trade policy”."
                )
            raise forms.ValidationError(message, code="no_words")
        return text

    def clean(self):
        cleaned = super().clean()
        for name in ("since", "until"):
            day = cleaned.get(name)
            if day and not EARLIEST_DAY <= day <= LATEST_DAY:
                self.add_error(
                    name,
                    forms.ValidationError(
                        "Choose a date between %(earliest)s and %(latest)s.",
                        code="date_out_of_range",
                        params={"earliest": EARLIEST_DAY, "latest": LATEST_DAY},
                    ),
                )
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and since > until:
            self.add_error(
                "until", forms.ValidationError("The end date comes before the start.")
            )
        return cleaned

    @property
    def date_range(self):
        """The chosen days as aware datetimes [start, end), in the site's zone."""
        since, until = self.cleaned_data.get("since"), self.cleaned_data.get("until")
        start = since and timezone.make_aware(datetime.combine(since, time.min))
        end = until and timezone.make_aware(
            datetime.combine(until + timedelta(days=1), time.min)
        )
        return start, end

"""Old WordPress addresses answered with a 301, as Django's redirects app would.

Query-string addresses (/?p=123, /?cat=4…) all share the home page's path,
which is served (and cached) normally, so no 404 ever reaches a redirect
fallback: `WordPressQueryRedirectMiddleware` sits near the top of MIDDLEWARE and
costs nothing unless the path is "/" (or may be the folder a blog lived in,
"/blog/") and one of WordPress's parameters is present. An item's ID makes one
indexed lookup in the redirects table, where the importer stored the address
as "/?p=123" ("/blog/?p=123"), and an unknown ID answers 404 (not the home
page: a soft 404); ?s= leads to the search, ?feed= to the feed, ?paged= to the
stories' page, also of the item the query names (?cat=4&feed=rss2).

Old paths (/2023/11/14/port-reform/) are answered on a 404 by
`RedirectFallbackMiddleware`, Django's own with one more lookup: the path
without its query string, so a shared link (…/?utm_source=twitter, ?fbclid=…,
?replytocom=12) still finds its redirect. The same lookup answers WordPress's
suffixes (X/feed/, X/page/2/, X/amp/, X/comment-page-2/, X/embed/) and day
archives: the address they were added to is looked up, and the suffix put on
the page it leads to. Under the folder a blog lived in (its root stored as a
redirect to the home page), an address not stored (/blog/2023/11/) is the
journal's own at the root.

Both keep the request's tracking parameters (thinktank.pagecache.TRACKING_PARAMS)
on the new address, so analytics still attribute the visit, and drop the rest.
"""

import re
from urllib.parse import unquote, urlencode, urlsplit

from django.conf import settings
from django.contrib.redirects.middleware import (
    RedirectFallbackMiddleware as DjangoRedirectFallbackMiddleware,
)
from django.contrib.redirects.models import Redirect
from django.contrib.sites.shortcuts import get_current_site
from django.db.models import Q
from django.http import Http404, HttpResponseGone, HttpResponsePermanentRedirect
from django.urls import Resolver404, resolve
from django.utils.cache import patch_cache_control
from django.utils.encoding import escape_uri_path
from taggit.models import Tag

from articles.models import Article, Category
from authors.models import Author
from comments.models import Comment, comment_page_url
from comments.querysets import approved_q
from pages.models import Page
from thinktank.links import cached_reverse, page_query
from thinktank.pagecache import TRACKING_PARAMS, tracking_query

from .media import UPLOADS

OLD_PATH_LENGTH = 200  # what django.contrib.redirects' Redirect.old_path holds
REDIRECT_MAX_AGE = 24 * 60 * 60  # seconds a browser keeps an old address's 301
# In the order WordPress itself gives them precedence.
PARAMETERS = ("p", "page_id", "attachment_id", "cat", "tag", "author", "author_name")
# WordPress's other queries of its home page: search, feed, older posts.
OTHER_PARAMETERS = ("s", "feed", "paged")
# WordPress's feed types (?feed=rss2, /feed/atom/…) and what the journal's
# feed URL names add for them: Atom is the "_atom" twin (articles.urls.feed_routes).
FEED_TYPES = {"rss2": "", "rss": "", "rdf": "", "atom": "_atom"}
# The journal's pages that have a feed of their own, and its URL name.
PAGE_FEEDS = {
    "articles:home": "articles:feed",
    "articles:category": "articles:category_feed",
    "articles:tag": "articles:tag_feed",
    "authors:detail": "articles:author_feed",
    # WordPress's feed of the newest comments, /comments/feed/ (?feed=comments-rss2)
    "comments:index": "articles:comments_feed",
}
# The journal's lists whose address may name nothing (no such category, tag or
# author, no article published that year or month), and the rows that make the
# list there: a suffix of an address with none leads nowhere. A merged tag's
# address leads on to the tag it became (articles.views.follow_merged_tags).
LIST_ROWS = {
    "articles:category": lambda path: Category.objects.filter(path=path),
    "articles:tag": lambda slug: Tag.objects.filter(
        Q(slug=slug) | Q(aliases__slug=slug)
    ),
    "authors:detail": lambda slug: Author.objects.filter(slug=slug),
    "articles:year": lambda year: Article.objects.published().filter(
        publish_at__year=year
    ),
    "articles:month": lambda year, month: Article.objects.published().filter(
        publish_at__year=year, publish_at__month=month
    ),
}
# Single items: WordPress's feed of a post or page carried its comments, which
# the journal has in the article's comment feed (a page's: the page itself).
ITEM_PAGES = {"articles:detail", "pages:detail"}
ARTICLE_COMMENTS_FEED = "articles:article_comments_feed"
# What WordPress answers after any archive's or post's address X/: its feed
# (X/feed/, or of a type: X/feed/atom/), its pages (X/page/2/), its AMP copy;
# after a post's alone, a page of its comments (X/comment-page-2/), the copy
# other sites embed (X/embed/), its trackback address, and the pages of a post
# split with <!--nextpage--> (X/2/; not a year, /2023/, nor a month, /2023/11/),
# which the journal shows as one. The shortest X is taken: /x/page/2/ is page 2
# of /x/, not page "2" of /x/page/.
WORDPRESS_SUFFIX = re.compile(
    r"(?P<base>/(?:.*?/)??)(?:(?P<feed>feed/(?:(?P<type>rss2|rss|rdf|atom)/)?)"
    r"|page/(?P<page>[0-9]+)/|amp/"
    r"|(?P<item>(?P<comments>comment-page-(?P<comment_page>[0-9]+)/)|embed/|trackback/|(?<!/[0-9]{4}/)[0-9]{1,3}/))"
)
DAY_ARCHIVE = re.compile(r"/(?P<month>[0-9]{4}/[0-9]{2}/)[0-9]{2}/")
# A copy WordPress made of an upload at another size: harbour-300x200.jpg.
RESIZED_UPLOAD = re.compile(
    r"(?P<name>/(?:.*/)?wp-content/uploads/.+)-[0-9]+x[0-9]+(?P<ext>\.[A-Za-z0-9]+)"
)


def query_paths(query, root="/"):
    """The stored old addresses a WordPress query (a QueryDict) on the blog's
    `root` ("/", or "/blog/" for a blog in a folder) may stand for, the
    likeliest first; [] when it names no item."""
    for name in PARAMETERS:
        value = query.get(name)
        if not value:
            continue
        if name == "p":  # WordPress answers ?p= for a page's ID too
            return [f"{root}?p={value}", f"{root}?page_id={value}"]
        if name == "author_name":  # the author's nicename, as in /author/<it>/
            return [f"{root}author/{value}/"]
        return [f"{root}?{name}={value}"]
    return []


def redirect_key(path):
    """An old address as the redirects table holds it: cut at the length of
    Redirect.old_path. A WordPress slug may have 200 characters, so its date
    permalink may have 213; two different old addresses alike in their first
    200 characters are not to be expected."""
    return path[:OLD_PATH_LENGTH]


def case_forms(path):
    """`path` as the redirects table may hold it (cut by `redirect_key`): as
    asked, and in lower case, as WordPress's slugs are (it answered any case);
    an upload's file name only as asked, its case being its own."""
    key = redirect_key(path)
    if UPLOADS in path:
        return [key]
    return list(dict.fromkeys([key, redirect_key(path.lower())]))


def with_query(address, query):
    """`address` with an encoded `query` ("" adds nothing) added to its own,
    before its #fragment."""
    if not query:
        return address
    address, hash, fragment = address.partition("#")
    return f"{address}{'&' if '?' in address else '?'}{query}{hash}{fragment}"


def list_page(address, page):
    """Page `page` (WordPress's /page/N/, digits as typed) of the list at
    `address`, written as the list writes its own pages (page 1 bare)."""
    return with_query(address, page_query(int(page)))


def older_stories(page):
    """Where WordPress's home page paged on: the journal's older stories."""
    return list_page(cached_reverse("articles:stories"), page)


def comment_page(article_path, number, view):
    """Where page `number` of an article's comments is: the article (page 1),
    or its later comment pages, which count as WordPress's defaults did (50
    conversations a page, oldest first, comment-page-1 the oldest); past the
    last page, the last, in this one redirect."""
    if number > 1:
        number = min(number, comment_pages(view.kwargs["slug"]))
    if number > 1:  # the address comments.models.comment_page_url gives it
        article = Article(slug=view.kwargs["slug"])
        return f"{comment_page_url(article, number)}#comments"
    return article_path if "#" in article_path else f"{article_path}#comments"


def comment_pages(slug):
    """How many pages of comments the article at `slug` has (1 with none), in
    one count: its conversations are the approved comments whose parent is
    not shown, as comments.views.build_thread puts them at the top, and
    COMMENTS_PER_PAGE of them make a page (comments.views.conversations)."""
    count = (
        Comment.objects.approved()
        .filter(article__slug=slug)
        .exclude(approved_q("parent__"))
        .count()
    )
    return max(1, -(-count // settings.COMMENTS_PER_PAGE))


def split_suffix(path):
    """An old address that WordPress derived from another: (that other
    address, the WORDPRESS_SUFFIX match or None), None when it is not one.
    "/tag/x/feed/atom/" → ("/tag/x/", …); a day archive stands for its month:
    "/2023/11/14/page/2/" → ("/2023/11/", …)."""
    day = DAY_ARCHIVE.fullmatch(path)  # not the month's page "05"
    if day:
        return f"/{day['month']}", None
    suffix = WORDPRESS_SUFFIX.fullmatch(path)
    if suffix is None:
        return None
    day = DAY_ARCHIVE.fullmatch(suffix["base"])
    return (f"/{day['month']}" if day else suffix["base"]), suffix


def query_suffix(query):
    """WordPress's ?feed= or ?paged= in a QueryDict, as the WORDPRESS_SUFFIX
    match of the same address suffix (?feed=atom as /feed/atom/, ?paged=2 as
    /page/2/; a feed of comments, ?feed=comments-atom, as its type's: the
    caller knows whose); None when the query asks neither. Raises Http404 for
    a feed type WordPress does not have."""
    if query.get("feed"):
        kind = query["feed"].removeprefix("comments-")
        if kind not in FEED_TYPES:
            raise Http404("No such feed.")
        return WORDPRESS_SUFFIX.fullmatch(f"/feed/{kind}/")
    if query.get("paged", "").isdigit():
        return WORDPRESS_SUFFIX.fullmatch(f"/page/{query['paged']}/")
    return None


def blog_folder(path):
    """The first folder of `path` ("/blog/" of "/blog/2023/11/"), where a
    WordPress blog may have lived; "" for an address at the root."""
    parts = path.split("/")
    return f"/{parts[1]}/" if len(parts) > 3 else ""


def with_suffix(new_path, suffix, *, stored):
    """The journal's address for WordPress's `suffix` of the page at
    `new_path` (its feed, page N or AMP copy; with no suffix, the page
    itself); None when the journal has no such page.

    `stored`: `new_path` is a stored redirect's, so the item there exists.
    Otherwise it is the old address itself, which kept WordPress's shape: a
    list's (section, tag, date archive…) or a static page's, whose patterns
    take any slug or date, so the page is looked for (LIST_ROWS: one query)."""
    parts = urlsplit(new_path)
    if parts.scheme or parts.netloc:  # another site: its pages are not known
        return None
    try:
        view = resolve(unquote(parts.path))
    except Resolver404:
        return None
    if view.view_name in ITEM_PAGES:
        if suffix and suffix["page"]:  # an item has one page
            return None
        if not stored and not (
            view.view_name == "pages:detail"
            and Page.objects.at(unquote(parts.path)).exists()
        ):
            return None
        if suffix and view.view_name == "articles:detail":
            if suffix["comments"]:  # the same page of its comments here
                return comment_page(new_path, int(suffix["comment_page"]), view)
            if suffix["feed"]:
                name = ARTICLE_COMMENTS_FEED + FEED_TYPES[suffix["type"] or "rss2"]
                return cached_reverse(name, **view.kwargs)
        return new_path
    if suffix and suffix["item"]:  # a list has none of these
        return None
    rows = LIST_ROWS.get(view.view_name)
    if not stored and rows and not rows(**view.kwargs).exists():
        return None
    if suffix is None or not (suffix["feed"] or suffix["page"]):
        return new_path
    if suffix["feed"]:
        if view.view_name not in PAGE_FEEDS:
            return None
        name = PAGE_FEEDS[view.view_name] + FEED_TYPES[suffix["type"] or "rss2"]
        return cached_reverse(name, **view.kwargs)
    if view.view_name == "articles:home":
        return older_stories(suffix["page"])
    if not getattr(getattr(view.func, "view_class", None), "paginate_by", None):
        return None
    return list_page(new_path, suffix["page"])


class OldAddressRedirect(HttpResponsePermanentRedirect):
    """A 301 from an old address, which browsers keep for a day rather than
    for good (what they do with a 301 that says nothing): when a slug changes
    back, or an editor corrects a redirect, a browser that kept the old answer
    would go round in a loop."""

    def __init__(self, redirect_to, *args, **kwargs):
        super().__init__(redirect_to, *args, **kwargs)
        patch_cache_control(self, max_age=REDIRECT_MAX_AGE)


def without_tracking(request):
    """The request's address with its query but not its tracking parameters,
    as a list of one ([] when the query has no tracking parameter or nothing
    else)."""
    kept = [
        (name, value)
        for name, values in request.GET.lists()
        if not name.startswith(TRACKING_PARAMS)
        for value in values
    ]
    tracked = any(name.startswith(TRACKING_PARAMS) for name in request.GET)
    if not kept or not tracked:
        return []
    return [redirect_key(f"{request.path}?{urlencode(kept)}")]


def redirect_to(new_path, request):
    """The answer for a stored redirect: 410 Gone when it leads nowhere, else a
    301 to `new_path` with the request's tracking parameters."""
    if new_path == "":
        return HttpResponseGone()
    return OldAddressRedirect(with_query(new_path, tracking_query(request.GET)))


class WordPressQueryRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        root = request.path
        if request.META.get("QUERY_STRING") and (
            root == "/" or self.may_be_blog(root, request.GET)
        ):
            new_path = self.new_path(request.GET, root)
            if new_path is not None:
                return redirect_to(new_path, request)
        return self.get_response(request)

    @staticmethod
    def may_be_blog(path, query):
        """Whether `path`, asked with a WordPress query, may be the root of a
        blog that lived in a folder (/blog/): a static page's shape. Costs no
        query; the journal's other pages are passed on at once."""
        if not any(query.get(name) for name in (*PARAMETERS, *OTHER_PARAMETERS)):
            return False
        try:
            return resolve(path).view_name == "pages:detail"
        except Resolver404:
            return False

    def new_path(self, query, root="/"):
        """Where a WordPress query on the blog's `root` leads: the stored
        redirect of the item it names, the search, a feed or a page of older
        stories; None when it is no WordPress query, or `root` is not "/" nor
        a blog's root (the importer stored its redirect to the home page).
        Raises Http404 when it names an item or feed the journal does not
        have: WordPress answered 404 too, and the home page would be a soft
        404."""
        paths = query_paths(query, root)
        home = cached_reverse("articles:home")
        if paths or root != "/":
            found = dict(
                Redirect.objects.filter(
                    site_id=settings.SITE_ID, old_path__in=[*paths, root]
                ).values_list("old_path", "new_path")
            )
            if root != "/" and found.get(root) != home:
                return None
        suffix = query_suffix(query)
        for path in paths:
            if path in found:
                return self.with_query_suffix(found[path], suffix)
        if paths:
            raise Http404("No WordPress item of that ID was imported.")
        if query.get("s"):
            search = cached_reverse("articles:search")
            return f"{search}?{urlencode({'q': query['s']})}"
        if suffix:
            if query.get("feed", "").startswith("comments-"):  # /comments/feed/'s
                return self.with_query_suffix(cached_reverse("comments:index"), suffix)
            return self.with_query_suffix(home, suffix)
        return None

    @staticmethod
    def with_query_suffix(new_path, suffix):
        """The journal's address for what the query's `suffix` (`query_suffix`)
        asks of the item or list now at `new_path`: its feed (?cat=4&feed=rss2),
        a page of it (?cat=4&paged=2), else (an article has one page; another
        site's pages are not known) itself, as WordPress ignored what did not
        apply. "" (a redirect to nothing) stays "", gone."""
        if suffix is None or new_path == "":
            return new_path
        return with_suffix(new_path, suffix, stored=True) or new_path


class RedirectFallbackMiddleware(DjangoRedirectFallbackMiddleware):
    """Django's RedirectFallbackMiddleware, which also finds an old path that
    came with a query string.

    Django's looks up the full address, query string included, then the same
    with a slash added, and offers no hook for more: a shared link
    (…/port-reform/?utm_source=twitter, ?fbclid=…, ?replytocom=12) found
    nothing. This one looks those up first, as Django does (an editor may store
    "/search.php?q=x"), then the path alone as `request.path` gives it,
    decoded, as the importer stores it (and with a slash added), in one
    query, and the same in lower case (WordPress's slugs are, and it answered
    /2023/11/14/Port-Reform/ too); each cut as `redirect_key` stores it. Found
    by its path alone, the new address keeps the request's tracking parameters.

    It answers a 404, and also a 301 to the request's own path: a reader page
    answers an unknown parameter that way before it knows whether anything is
    there (thinktank.pagecache.reader_page; the static pages take any slug
    path), so an old address with ?replytocom=12 gets one redirect, not two.

    Found nothing, a copy of an upload at another size (harbour-300x200.jpg)
    leads where the upload leads, to its stored picture. An address WordPress
    derived from another (`split_suffix`:
    a feed, page N, AMP copy or day archive) leads to the same of the page
    that other address leads to, `with_suffix`: /author/alice/feed/ to
    /authors/alice/feed/, in one 301. That address is looked up in the same
    query, and so is the path's first folder: when it is where a blog lived
    (stored as a redirect to the home page) and the path's own page is not
    there (a static page keeps its address in the folder: /blog/about/feed/),
    the rest of the path is taken as the journal's own address,
    /blog/2023/11/14/ as /2023/11/14/.
    """

    response_redirect_class = OldAddressRedirect

    def process_response(self, request, response):
        path = request.path  # decoded, as the importer stores old paths
        to_own_path = response.status_code == 301 and (
            response.get("Location") == escape_uri_path(path)
        )
        if response.status_code != 404 and not to_own_path:
            return response
        append_slash = settings.APPEND_SLASH and not path.endswith("/")
        full_paths = [request.get_full_path()]
        if append_slash:
            full_paths.append(request.get_full_path(force_append_slash=True))
        paths = [path, f"{path}/"] if append_slash else [path]
        # Longer than old_path holds, the address as asked cannot be stored.
        full_paths = [p for p in full_paths if p == redirect_key(p)]
        # An editor's redirect stored with its query ("/search.php?q=x"), asked
        # from a shared link with tracking parameters added: found without them,
        # and they are kept (redirect_to).
        untracked = without_tracking(request)
        candidates = list(
            dict.fromkeys(
                full_paths + untracked + [key for p in paths for key in case_forms(p)]
            )
        )
        derived = split_suffix(paths[-1])
        bases = case_forms(derived[0]) if derived else []
        folder = blog_folder(paths[-1])
        lookup = [*candidates, *bases, folder]
        resized = RESIZED_UPLOAD.fullmatch(path)
        original = resized and redirect_key(f"{resized['name']}{resized['ext']}")
        if original:
            lookup.append(original)
        found = dict(
            Redirect.objects.filter(
                site=get_current_site(request), old_path__in=lookup
            ).values_list("old_path", "new_path")
        )
        for old_path in candidates:
            if old_path not in found:
                continue
            if old_path in full_paths:  # the address as asked: Django's answer
                if found[old_path] == "":
                    return self.response_gone_class()
                return self.response_redirect_class(found[old_path])
            return redirect_to(found[old_path], request)
        if original in found:  # a size no body used: the picture stored
            return redirect_to(found[original], request)
        stored = next((found[base] for base in bases if base in found), None)
        if stored == "":
            return self.response_gone_class()
        if stored:
            new_path = with_suffix(stored, derived[1], stored=True)
        else:
            # The journal's own page at the address it was derived from; in
            # the folder a blog lived in, a static page kept its address
            # (/blog/about/feed/ is the feed of /blog/about/).
            new_path = derived and with_suffix(*derived, stored=False)
            blog_root = found.get(folder) == cached_reverse("articles:home")
            if new_path is None and blog_root:
                # Under that folder, another address not stored (a date
                # archive, say) is the journal's own at the root.
                rest = paths[-1][len(folder) - 1 :]
                derived = split_suffix(rest) or (rest, None)
                new_path = with_suffix(*derived, stored=False)
        if new_path is None or new_path == escape_uri_path(path):
            return response
        return redirect_to(new_path, request)

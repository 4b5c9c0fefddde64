"""Reading a WordPress export (WXR) safely, one item at a time.

WXR is RSS 2.0 with WordPress's namespaces. The `wp:` namespace URI differs
between versions and exporters (http or https, export/1.0/ to export/1.2/), so
elements are recognised by a namespace pattern, not one URI. lxml's iterparse
reads the file as a stream with entity expansion and network access off; each
item is handed over as plain data and its element freed at once, so memory
stays flat whatever the file's size.
"""

import codecs
import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

WP_NAMESPACE = re.compile(r"^https?://wordpress\.org/export/\d+\.\d+/$")
EXCERPT_NAMESPACE = re.compile(r"^https?://wordpress\.org/export/\d+\.\d+/excerpt/$")
NAMESPACES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
}


class WXRError(Exception):
    """The file cannot be read as a WordPress export (the message says why)."""


@dataclass
class Author:
    wp_id: int
    login: str
    email: str
    display_name: str
    first_name: str
    last_name: str
    description: str


@dataclass
class Term:
    """A category or tag from the export's header."""

    taxonomy: str  # "category" or "post_tag"
    wp_id: int
    slug: str
    name: str
    parent_slug: str = ""
    description: str = ""


@dataclass
class Blog:
    """The export's <wp:base_blog_url>: where WordPress answered, a folder
    of the site (https://example.org/blog) when it lived in one."""

    url: str


@dataclass
class Item:
    """A post, page, attachment or other entry, as the export gives it."""

    wp_id: int
    post_type: str
    title: str = ""
    link: str = ""
    creator: str = ""
    content: str = ""
    excerpt: str = ""
    date: str = ""
    date_gmt: str = ""
    modified_gmt: str = ""
    comment_status: str = ""
    slug: str = ""
    status: str = ""
    parent: int = 0
    menu_order: int = 0  # an attachment's place in its post's gallery
    password: str = ""
    sticky: bool = False
    attachment_url: str = ""
    terms: list = field(default_factory=list)  # (taxonomy, slug, name)
    meta: dict = field(default_factory=dict)
    old_slugs: list = field(default_factory=list)  # _wp_old_slug, one row each
    comments: list = field(default_factory=list)  # dicts, keys without "comment_"


@lru_cache(maxsize=512)  # a file uses a few dozen distinct tags, millions of times
def _name(tag):
    """'wp:post_id', 'content:encoded', 'title'… for an lxml tag."""
    if not isinstance(tag, str):
        return ""  # a comment or processing instruction
    if not tag.startswith("{"):
        return tag
    namespace, _, local = tag[1:].partition("}")
    if namespace in NAMESPACES:
        return f"{NAMESPACES[namespace]}:{local}"
    if EXCERPT_NAMESPACE.match(namespace):
        return f"excerpt:{local}"
    if WP_NAMESPACE.match(namespace):
        return f"wp:{local}"
    return local


def _int(text):
    try:
        return int((text or "").strip())
    except ValueError:
        return 0


def _children(element):
    """{name: text} of an element's children (the last one wins)."""
    return {_name(child.tag): (child.text or "") for child in element}


def _author(element):
    values = _children(element)
    return Author(
        wp_id=_int(values.get("wp:author_id")),
        login=values.get("wp:author_login", "").strip(),
        email=values.get("wp:author_email", "").strip(),
        display_name=values.get("wp:author_display_name", "").strip(),
        first_name=values.get("wp:author_first_name", "").strip(),
        last_name=values.get("wp:author_last_name", "").strip(),
        description=values.get("wp:author_description", "").strip(),
    )


def _term(name, element):
    values = _children(element)
    if name == "wp:category":
        return Term(
            "category",
            _int(values.get("wp:term_id")),
            values.get("wp:category_nicename", "").strip(),
            values.get("wp:cat_name", "").strip(),
            values.get("wp:category_parent", "").strip(),
            values.get("wp:category_description", "").strip(),
        )
    if name == "wp:tag":
        return Term(
            "post_tag",
            _int(values.get("wp:term_id")),
            values.get("wp:tag_slug", "").strip(),
            values.get("wp:tag_name", "").strip(),
            description=values.get("wp:tag_description", "").strip(),
        )
    # wp:term (WordPress 4.5+): any taxonomy; only categories and tags matter.
    return Term(
        values.get("wp:term_taxonomy", "").strip(),
        _int(values.get("wp:term_id")),
        values.get("wp:term_slug", "").strip(),
        values.get("wp:term_name", "").strip(),
        values.get("wp:term_parent", "").strip(),
        values.get("wp:term_description", "").strip(),
    )


SIMPLE_FIELDS = {
    "title": "title",
    "link": "link",
    "dc:creator": "creator",
    "content:encoded": "content",
    "excerpt:encoded": "excerpt",
    "wp:post_date": "date",
    "wp:post_date_gmt": "date_gmt",
    "wp:post_modified_gmt": "modified_gmt",
    "wp:comment_status": "comment_status",
    "wp:post_name": "slug",
    "wp:status": "status",
    "wp:post_password": "password",
    "wp:attachment_url": "attachment_url",
}


def _item(element, comments):
    item = Item(wp_id=0, post_type="")
    for child in element:
        name = _name(child.tag)
        text = child.text or ""
        if name in SIMPLE_FIELDS:
            setattr(item, SIMPLE_FIELDS[name], text)
        elif name == "wp:post_id":
            item.wp_id = _int(text)
        elif name == "wp:post_type":
            item.post_type = text.strip()
        elif name == "wp:post_parent":
            item.parent = _int(text)
        elif name == "wp:menu_order":
            item.menu_order = _int(text)
        elif name == "wp:is_sticky":
            item.sticky = text.strip() == "1"
        elif name == "category":
            item.terms.append(
                (child.get("domain", ""), child.get("nicename", ""), text.strip())
            )
        elif name == "wp:postmeta":
            values = _children(child)
            key, value = values.get("wp:meta_key", ""), values.get("wp:meta_value", "")
            if key == "_wp_old_slug":  # WordPress keeps one row per earlier slug
                item.old_slugs.append(value.strip())
            else:
                item.meta[key] = value
        elif name == "wp:comment" and comments:
            item.comments.append(
                {
                    key.removeprefix("wp:").removeprefix("comment_"): value
                    for key, value in _children(child).items()
                    if key != "wp:commentmeta"
                }
            )
    return item


# The records of a WXR file: elements of these local names directly under <channel>.
RECORDS = [
    "{*}item", "{*}author", "{*}category", "{*}tag", "{*}term", "{*}wxr_version",
    "{*}base_blog_url",
]  # fmt: skip


def read_export(path, *, comments=True):
    """Yield an export's blog address, authors, terms and items (Blog, Author,
    Term, Item), in file order, each as soon as it is read; items without
    their comments when `comments` is false (a quicker read).

    Raises WXRError when the file is not XML, not a WordPress export, or breaks
    off; whatever was yielded before that stays valid.
    """
    with open(path, "rb") as file:
        skipped = skip_leading_space(file)
        yield from _records(file, comments, skipped)


def skip_leading_space(file):
    """Move `file` past white space (and a byte order mark) before its first
    "<": WordPress exports often begin with a blank line that a theme or
    plugin printed, and XML allows nothing before its declaration.

    Returns the (lines, columns) skipped, which the parser's positions do not
    count. Raises WXRError when the file has nothing else."""
    head = file.read(4096).removeprefix(codecs.BOM_UTF8)
    start = file.tell() - len(head)  # past the byte order mark
    blank = b""
    while head and not head.lstrip():  # white space only so far: read on
        blank += head
        head = file.read(4096)
    text = head.lstrip()
    blank += head[: len(head) - len(text)]
    if not text:
        raise WXRError(
            "The file is empty (it has only blank lines)." if blank
            else "The file is empty."
        )  # fmt: skip
    file.seek(start + len(blank))
    return blank.count(b"\n"), len(blank.rpartition(b"\n")[2])


def _records(file, comments, skipped):
    events = etree.iterparse(
        file,
        events=("end",),
        tag=RECORDS,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=True,  # long post bodies are legitimate
    )
    is_wxr = False
    root_checked = False
    try:
        for _, element in events:
            if not root_checked:
                root = element.getroottree().getroot()
                if _name(root.tag) != "rss":
                    raise WXRError(
                        "This is not a WordPress export: its root element is "
                        f"<{etree.QName(root).localname}>, not <rss>."
                    )
                root_checked = True
            parent = element.getparent()
            if parent is None or _name(parent.tag) != "channel":
                continue  # a post's <category>, a comment's author…: part of an item
            name = _name(element.tag)
            if name == "wp:wxr_version":
                is_wxr = True
            elif name == "item":
                if not is_wxr:
                    raise WXRError(
                        "This is an RSS feed, not a WordPress export (WXR): it has "
                        "no <wp:wxr_version>. Export from Tools → Export in WordPress."
                    )
                yield _item(element, comments)
            elif name == "wp:author":
                yield _author(element)
            elif name in ("wp:category", "wp:tag", "wp:term"):
                yield _term(name, element)
            elif name == "wp:base_blog_url":
                yield Blog((element.text or "").strip())
            # Free what was read: the element and the siblings before it.
            element.clear()
            while element.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError as error:
        # libxml2's message, without the position it appends and the start of
        # the unfinished text some messages quote on a line of their own
        # ("CData section not finished\nThe port…").
        reason = error.msg.rsplit(", line ", 1)[0].splitlines()[0]
        line, column = error.position
        # Counted in the file, with the blank lines skip_leading_space skipped.
        if line == 1:
            column += skipped[1]
        line += skipped[0]
        raise WXRError(
            "The file is not well-formed XML (it may be cut short): "
            f"{reason} (line {line}, column {column})."
        ) from error
    if not is_wxr:
        raise WXRError(
            "This is not a WordPress export (WXR): it has no <wp:wxr_version>."
        )

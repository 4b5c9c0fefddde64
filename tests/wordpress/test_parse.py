"""Reading WXR: namespaces, unicode, bad files, and no entity tricks."""

import re

import pytest
from lxml import etree

from articles.wordpress.parse import Author, Item, Term, WXRError, read_export

from .conftest import SITE, variant

pytestmark = pytest.mark.django_db


def records(path):
    return list(read_export(path))


def test_the_export_gives_authors_terms_and_items_in_file_order():
    found = records(SITE)
    authors = [r for r in found if isinstance(r, Author)]
    terms = [r for r in found if isinstance(r, Term)]
    items = [r for r in found if isinstance(r, Item)]
    assert [a.login for a in authors] == ["mira", "tomasz"]
    assert authors[0].description.startswith("Mira covers ports")
    assert [t.slug for t in terms if t.taxonomy == "category"][:4] == [
        "world", "europe", "baltics", "tallinn-port",
    ]  # fmt: skip
    post = next(i for i in items if i.wp_id == 10)
    assert post.post_type == "post"
    assert post.sticky is True
    assert post.meta["_thumbnail_id"] == "100"
    assert ("category", "europe", "Europe") in post.terms
    assert [c["id"] for c in post.comments][:2] == ["501", "502"]
    assert post.comments[0]["author_IP"] == "203.0.113.9"


def test_unicode_titles_and_slugs_come_through_intact():
    item = next(r for r in records(SITE) if isinstance(r, Item) and r.wp_id == 17)
    assert item.title == "Hafen von Tallinn — 港の未来 ✓"
    assert "港は成長している" in item.content


@pytest.mark.parametrize(
    "namespace",
    [
        "https://wordpress.org/export/1.1/",
        "http://wordpress.org/export/1.0/",
    ],
)
def test_other_spellings_of_the_wordpress_namespace_are_read(tmp_path, namespace):
    path = variant(
        tmp_path,
        {
            'xmlns:wp="http://wordpress.org/export/1.2/"': f'xmlns:wp="{namespace}"',
            'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"': (
                f'xmlns:excerpt="{namespace}excerpt/"'
            ),
        },
    )
    items = [r for r in records(path) if isinstance(r, Item)]
    post = next(i for i in items if i.wp_id == 17)
    assert post.status == "publish"
    assert post.excerpt.startswith("Tallinn's port grows")


@pytest.mark.parametrize("start", [b"\n", b"\r\n  \n", b"\xef\xbb\xbf\n"])
def test_blank_lines_before_the_xml_declaration_are_skipped(tmp_path, start):
    # A theme or plugin often prints them before WordPress's export.
    path = tmp_path / "lead.xml"
    path.write_bytes(start + SITE.read_bytes())
    assert len(records(path)) == len(records(SITE))


def error_position(path):
    """The (line, column) a WXRError names."""
    with pytest.raises(WXRError) as error:
        records(path)
    line, column = re.search(r"\(line (\d+), column (\d+)\)", str(error.value)).groups()
    return int(line), int(column)


@pytest.mark.parametrize("start", [b"\n\n\n", b"\r\n\r\n", b"\xef\xbb\xbf\n  \n"])
def test_an_error_names_its_line_in_the_file_blank_lines_counted(tmp_path, start):
    text = SITE.read_bytes()
    cut = text[: text.index(b"<title>A guest column</title>")]
    (tmp_path / "cut.xml").write_bytes(cut)
    (tmp_path / "blank-cut.xml").write_bytes(start + cut)
    line, column = error_position(tmp_path / "cut.xml")
    assert line > 1
    assert error_position(tmp_path / "blank-cut.xml") == (
        line + start.count(b"\n"),
        column,
    )


def test_an_error_on_the_first_line_counts_the_spaces_before_it(tmp_path):
    # Without an XML declaration, white space before the root is allowed: lxml
    # reading the whole file says where the error is.
    text = b"\n\n   <rss><channel><item></channel></rss>"
    path = tmp_path / "mismatch.xml"
    path.write_bytes(text)
    with pytest.raises(etree.XMLSyntaxError) as truth:
        etree.fromstring(text)
    line, column = truth.value.position
    with pytest.raises(WXRError, match=rf"\(line {line}, column {column}\)"):
        records(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty."),
        (b"\xef\xbb\xbf", "The file is empty."),
        (b"\n \r\n" * 3000, "The file is empty (it has only blank lines)."),
    ],
)
def test_an_empty_file_is_called_empty(tmp_path, content, message):
    path = tmp_path / "empty.xml"
    path.write_bytes(content)
    with pytest.raises(WXRError) as error:
        records(path)
    assert str(error.value) == message


def test_blank_lines_longer_than_one_read_are_skipped_too(tmp_path):
    path = tmp_path / "lead.xml"
    path.write_bytes(b"\n" * 10000 + SITE.read_bytes())
    assert len(records(path)) == len(records(SITE))


def test_a_file_that_is_not_xml_is_refused_clearly(tmp_path):
    path = tmp_path / "export.xml"
    path.write_text("<html><body>Not an export</body></html>")
    with pytest.raises(WXRError, match="not a WordPress export"):
        records(path)


def test_an_rss_feed_is_not_taken_for_an_export(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>A feed</title>'
        "<item><title>Hello</title></item></channel></rss>"
    )
    with pytest.raises(WXRError, match="RSS feed, not a WordPress export"):
        records(path)


def test_a_truncated_file_yields_what_came_before_the_break(tmp_path):
    text = SITE.read_text()
    cut = text.index("<title>A guest column</title>")
    path = tmp_path / "cut.xml"
    path.write_text(text[:cut])
    read = []
    with pytest.raises(WXRError, match="not well-formed XML"):
        for record in read_export(path):
            read.append(record)
    assert 18 in [r.wp_id for r in read if isinstance(r, Item)]


def test_entities_are_never_expanded_nor_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    text = SITE.read_text().replace(
        '<?xml version="1.0" encoding="UTF-8" ?>',
        '<?xml version="1.0" encoding="UTF-8" ?>\n'
        f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">'
        '<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>',
    )
    text = text.replace(
        "<title>Private notes</title>", "<title>Private &xxe; &lol2;</title>"
    )
    path = tmp_path / "evil.xml"
    path.write_text(text)
    item = next(r for r in records(path) if isinstance(r, Item) and r.wp_id == 14)
    assert "TOP SECRET" not in item.title
    assert "lollol" not in item.title

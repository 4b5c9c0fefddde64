"""WordPress post markup turned into the journal's.

Gutenberg block comments go; `[caption]` shortcodes and `wp-block-image`
figures become `<figure>` with `<figcaption>` (a trailing "Photo: …" credit in
its own `<span class="credit">`, as the editor's picture dialog writes it);
`[gallery]` becomes a figure of such figures, as Gutenberg's gallery is; embeds
become links; other shortcodes are removed and named; classic posts get their paragraphs
(WordPress's autop). Everything ends in `thinktank.sanitize.clean_html`.
"""

import html
import re
from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils.html import escape, strip_tags
from django.utils.text import Truncator

from thinktank.sanitize import clean_html

BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:.*?-->", re.DOTALL)
EMBED_FIGURE = re.compile(
    r"<figure[^>]*\bwp-block-embed\b[^>]*>.*?wp-block-embed__wrapper[^>]*>\s*"
    r"(https?://[^\s<]+)\s*</div>.*?</figure>",
    re.DOTALL | re.IGNORECASE,
)
EMBED_SHORTCODE = re.compile(r"\[embed[^\]]*\]\s*(https?://[^\s\[]+)\s*\[/embed\]")
BARE_URL_LINE = re.compile(r"^[ \t]*(https?://[^\s<>\"]+)[ \t]*$", re.MULTILINE)
CAPTION = re.compile(r"\[caption([^\]]*)\](.*?)\[/caption\]", re.DOTALL)
GALLERY = re.compile(r"\[gallery((?:\s[^\]]*)?)\]")
IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
LINK = re.compile(r"<a\b[^>]*>", re.IGNORECASE)
FIGCAPTION = re.compile(r"<figcaption([^>]*)>(.*?)</figcaption>", re.DOTALL)
ATTRIBUTE = re.compile(r'([\w-]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
# [name …], [/name] and [name …/]; names as WordPress allows them.
SHORTCODE = re.compile(r"\[(/?)([a-zA-Z][\w-]*)((?:\s[^\]]*)?)(/?)\]")
# Shortcodes every WordPress site has, removed even without attributes.
KNOWN_SHORTCODES = {"gallery", "audio", "video", "playlist", "embed", "wp_caption"}
# "Photo: …", "Credit: …", "Image: …", "©…" at the end of a caption.
CREDIT = re.compile(
    r"^(?P<caption>.*?)[\s–—-]*(?P<credit>(?:(?:Photo|Photograph|Image|Credit|"
    r"Picture|Illustration)s?\s*(?:by)?\s*:|\(c\)|©).+)$",
    re.IGNORECASE | re.DOTALL,
)
BLOCK_TAGS = (
    "table|thead|tfoot|caption|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|"
    "blockquote|address|p|h[1-6]|hr|section|article|aside|header|footer|nav|"
    "figure|figcaption|details|summary"
)
OUTER_BLOCK = re.compile(
    r"(<(?:table|div|dl|ul|ol|pre|blockquote|address|p|h[1-6]|hr|section|article|"
    r"aside|header|footer|nav|figure|details)\b[^>]*>)",
    re.IGNORECASE,
)
OUTER_BLOCK_END = re.compile(
    r"(</(?:table|div|dl|ul|ol|pre|blockquote|address|p|h[1-6]|section|article|"
    r"aside|header|footer|nav|figure|details)>)",
    re.IGNORECASE,
)
STARTS_WITH_BLOCK = re.compile(rf"^</?(?:{BLOCK_TAGS})\b", re.IGNORECASE)
PRE = re.compile(r"<pre\b.*?</pre>", re.DOTALL | re.IGNORECASE)
SENTENCE = re.compile(r"^(.+?[.!?])(?:\s|$)", re.DOTALL)


@dataclass
class Converted:
    html: str
    removed_shortcodes: list = field(default_factory=list)


@dataclass(frozen=True)
class GalleryPicture:
    """One picture of a [gallery]: its upload's address, alt text (plain) and
    caption (HTML, as WordPress keeps an attachment's)."""

    src: str
    alt: str
    caption: str = ""


def attributes(tag):
    """The attributes of one HTML tag (or shortcode) as a dict."""
    return {
        name.lower(): html.unescape(double if double is not None else single)
        for name, double, single in ATTRIBUTE.findall(tag)
    }


def split_credit(caption):
    """(caption, credit) from a caption that may end in a credit line."""
    caption = " ".join(caption.split())
    match = CREDIT.match(caption)
    if not match:
        return caption, ""
    return match["caption"].strip(), match["credit"].strip()


def figcaption(caption_html):
    """The journal's figcaption (templates/articles/_figcaption.html) for a
    WordPress caption, its trailing credit kept apart. WordPress keeps the
    caption's entities (`&amp;`, `&mdash;`): they are read as the characters
    they stand for, which the template escapes once."""
    caption, credit = split_credit(plain_text(caption_html))
    return render_to_string(
        "articles/_figcaption.html", {"caption": caption, "credit": credit}
    )


def figure(image_tag, caption_html):
    """Our figure markup for an image and its (HTML) caption."""
    return f"<figure>{image_tag}{figcaption(caption_html)}</figure>"


def _caption_shortcode(match):
    options = attributes(match[1])
    inner = match[2]
    image = IMG.search(inner)
    if not image:
        return inner
    # The caption is the text after the image (or, in WordPress < 3.4, an attribute).
    text = inner[image.end() :].replace("</a>", "", 1) or options.get("caption", "")
    return figure(image[0], text)


def gallery_figure(pictures):
    """A [gallery]'s pictures as the journal's markup: a figure holding one
    figure per picture, as a Gutenberg gallery comes through ("" for none)."""
    if not pictures:
        return ""
    figures = "".join(
        figure(f'<img src="{escape(p.src)}" alt="{escape(p.alt)}">', p.caption)
        for p in pictures
    )
    return f"<figure>{figures}</figure>"


def _block_figure_caption(match):
    return figcaption(match[2])


def _link(match):
    url = escape(match[1])
    return f'<p><a href="{url}">{url}</a></p>'


def remove_shortcodes(text):
    """`text` without shortcodes (enclosed text is kept), and their names.

    A bracketed word counts as a shortcode when it has attributes, a closing
    tag, or is one of WordPress's own: "[sic]" or "[1]" in prose stays.
    """
    closed = {m[2].lower() for m in SHORTCODE.finditer(text) if m[1]}
    removed = []

    def replace(match):
        name = match[2].lower()
        if match[1] or match[3].strip() or match[4] or name in closed:
            removed.append(name)
            return ""
        if name in KNOWN_SHORTCODES:
            removed.append(name)
            return ""
        return match[0]

    return SHORTCODE.sub(replace, text), sorted(set(removed))


def autop(text):
    """Paragraphs for classic-editor text: blank lines separate paragraphs,
    single line breaks become <br> (WordPress's wpautop, simplified)."""
    kept = []

    def keep(match):
        kept.append(match[0])
        return f"\n\n<pre>\x00{len(kept) - 1}\x00</pre>\n\n"

    text = PRE.sub(keep, text.replace("\r\n", "\n").replace("\r", "\n"))
    text = OUTER_BLOCK.sub(r"\n\n\1", text)
    text = OUTER_BLOCK_END.sub(r"\1\n\n", text)
    out = []
    for chunk in re.split(r"\n\s*\n", text):
        chunk = chunk.strip()
        if not chunk:
            continue
        if STARTS_WITH_BLOCK.match(chunk):
            out.append(chunk)
        else:
            out.append("<p>" + re.sub(r"\s*\n\s*", "<br>\n", chunk) + "</p>")
    result = "\n".join(out)
    return re.sub(r"<pre>\x00(\d+)\x00</pre>", lambda m: kept[int(m[1])], result)


def convert(content, gallery=None):
    """The journal's (sanitised) HTML for a WordPress post body.

    `gallery(options)`: the pictures ([GalleryPicture]) a [gallery] shortcode
    with those attributes shows, which only the export knows; without it, a
    gallery is removed and named as other shortcodes are.
    """
    is_blocks = "<!-- wp:" in content
    text = BLOCK_COMMENT.sub("", content)
    text = EMBED_FIGURE.sub(_link, text)
    text = EMBED_SHORTCODE.sub(_link, text)
    text = CAPTION.sub(_caption_shortcode, text)
    text = FIGCAPTION.sub(_block_figure_caption, text)
    if gallery is not None:
        text = GALLERY.sub(lambda m: gallery_figure(gallery(attributes(m[1]))), text)
    if not is_blocks:
        # Classic posts: a URL alone on its line was an oEmbed.
        text = BARE_URL_LINE.sub(_link, text)
    text, removed = remove_shortcodes(text)
    if not is_blocks:
        text = autop(text)
    text = clean_html(text)
    # Left by dropped scripts, shortcodes and <!--more-->: line breaks opening
    # a paragraph, and paragraphs left empty.
    text = re.sub(r"<p>(?:\s*<br>\s*)+", "<p>", text)
    text = re.sub(r"<p>\s*</p>", "", text)
    return Converted(re.sub(r"\n{3,}", "\n\n", text), removed)


def plain_text(html_text):
    """Text without tags, entities or runs of white space."""
    if "<" in html_text:  # titles and names rarely hold tags: skip the parser
        html_text = strip_tags(html_text)
    return " ".join(html.unescape(html_text).split())


def standfirst(excerpt, body_html, title, limit=400):
    """The excerpt as plain text, else the body's first sentence, else the title."""
    text = plain_text(excerpt)
    if not text:
        match = SENTENCE.match(plain_text(body_html))
        text = match[1] if match else plain_text(body_html)
    return Truncator(text or title).chars(limit)


def rewrite_images(body_html, replace):
    """`body_html` with each <img> given to `replace(src, tag)`, which returns the
    new tag ("" drops the image)."""

    def rewrite(match):
        return replace(attributes(match[0]).get("src", ""), match[0])

    return IMG.sub(rewrite, body_html)


def link_targets(body_html):
    """The addresses the body's links (<a href>) lead to, each once."""
    hrefs = (attributes(tag).get("href", "") for tag in LINK.findall(body_html))
    return list(dict.fromkeys(href for href in hrefs if href))


def image_tag(*, src, alt, width, height):
    return (
        f'<img src="{escape(src)}" alt="{escape(alt)}" width="{width}" '
        f'height="{height}">'
    )

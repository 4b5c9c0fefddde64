"""WordPress markup becomes the journal's: figures, links, paragraphs, and
nothing a sanitiser would not let through."""

import pytest

from articles.wordpress.markup import (
    GalleryPicture,
    convert,
    split_credit,
    standfirst,
)

UPLOAD = "https://old.example.org/wp-content/uploads/2024/03/a.jpg"


def test_caption_shortcodes_become_figures_with_the_credit_apart():
    html = convert(
        f'[caption id="attachment_5" align="alignleft" width="300"]<a href="{UPLOAD}">'
        f'<img src="{UPLOAD}" alt="Cranes" width="300" height="200" /></a> '
        "Cranes at dawn. Photo: Ines Varga / Harbour Desk[/caption]"
    ).html
    assert html == (
        f'<figure><img src="{UPLOAD}" alt="Cranes" width="300" height="200">'
        '<figcaption>Cranes at dawn. <span class="credit">Photo: Ines Varga / '
        "Harbour Desk</span>"
        "</figcaption></figure>"
    )


def test_block_images_keep_their_caption_and_lose_wordpress_classes():
    html = convert(
        '<!-- wp:image {"id":12} --><figure class="wp-block-image size-large">'
        f'<img src="{UPLOAD}" alt="The quay" class="wp-image-12"/>'
        '<figcaption class="wp-element-caption">The quay. Credit: Port of Tallinn'
        "</figcaption></figure><!-- /wp:image -->"
    ).html
    assert html == (
        f'<figure><img src="{UPLOAD}" alt="The quay"><figcaption>The quay. '
        '<span class="credit">Credit: Port of Tallinn</span></figcaption></figure>'
    )


def test_block_comments_are_removed_and_blocks_get_no_extra_paragraphs():
    html = convert(
        "<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->\n\n"
        '<!-- wp:heading {"level":3} -->\n<h3>Two</h3>\n<!-- /wp:heading -->'
    ).html
    assert html == "<p>One</p>\n\n<h3>Two</h3>"


def test_classic_posts_get_paragraphs_and_line_breaks():
    html = convert(
        "First line\nsame paragraph\n\nSecond paragraph\n\n<ul>\n<li>x</li>\n</ul>"
    )
    assert html.html == (
        "<p>First line<br>\nsame paragraph</p>\n<p>Second paragraph</p>\n"
        "<ul>\n<li>x</li>\n</ul>"
    )


def test_preformatted_text_keeps_its_lines():
    html = convert("Code:\n\n<pre>a = 1\n\nb = 2</pre>").html
    assert "<pre>a = 1\n\nb = 2</pre>" in html


@pytest.mark.parametrize(
    "source",
    [
        "[embed]https://video.example.net/v/1[/embed]",
        "Intro\n\nhttps://video.example.net/v/1\n\nOutro",
        '<!-- wp:embed {"url":"https://video.example.net/v/1"} -->'
        '<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">'
        "\nhttps://video.example.net/v/1\n</div></figure><!-- /wp:embed -->",
    ],
)
def test_embeds_become_links(source):
    html = convert(source).html
    assert (
        '<a href="https://video.example.net/v/1">https://video.example.net/v/1</a>'
        in html
    )
    assert "embed" not in html


def test_other_shortcodes_are_removed_and_named_but_bracketed_prose_stays():
    converted = convert(
        'Before [gallery ids="1,2"] middle [su_box title="Note"]boxed text[/su_box] '
        "and a quote [sic] with a footnote [1]."
    )
    assert converted.removed_shortcodes == ["gallery", "su_box"]
    assert converted.html == (
        "<p>Before  middle boxed text and a quote [sic] with a footnote [1].</p>"
    )


def test_a_gallery_shortcode_becomes_a_figure_of_its_pictures_figures():
    asked = []

    def gallery(options):
        asked.append(options)
        return [
            GalleryPicture(UPLOAD, "Cranes & ships", "Dawn &amp; mist. Photo: A. B."),
            GalleryPicture(UPLOAD, "", ""),
        ]

    converted = convert('[gallery ids="5,6" columns="2"]', gallery=gallery)
    assert asked == [{"ids": "5,6", "columns": "2"}]
    assert converted.removed_shortcodes == []
    assert converted.html.replace("\n", "") == (
        f'<figure><figure><img src="{UPLOAD}" alt="Cranes &amp; ships">'
        '<figcaption>Dawn &amp; mist. <span class="credit">Photo: A. B.</span>'
        f'</figcaption></figure><figure><img src="{UPLOAD}" alt=""></figure>'
        "</figure>"
    )


def test_a_gallery_with_no_pictures_is_removed():
    converted = convert("<p>Before</p>[gallery]", gallery=lambda options: [])
    assert converted.html == "<p>Before</p>"


@pytest.mark.parametrize(
    "attack",
    [
        "<script>alert(1)</script>",
        '<img src="x.jpg" onerror="alert(1)">',
        '<a href="javascript:alert(1)">x</a>',
        '<p onclick="alert(1)">x</p>',
        '<iframe src="https://evil.example/"></iframe>',
        "<svg><script>alert(1)</script></svg>",
        '<a href="JaVaScRiPt:alert(1)">x</a>',
        '<style>body{background:url("javascript:alert(1)")}</style>',
    ],
)
def test_scripts_and_event_handlers_never_survive(attack):
    for source in (attack, f"<!-- wp:html -->{attack}<!-- /wp:html -->"):
        html = convert(source).html.lower()
        assert "alert" not in html
        assert "<script" not in html
        assert "onerror" not in html and "onclick" not in html
        assert "javascript:" not in html
        assert "<iframe" not in html


def test_credits_are_found_at_the_end_of_captions_only():
    assert split_credit("Harbour at dawn. Photo: A. Person") == (
        "Harbour at dawn.",
        "Photo: A. Person",
    )
    assert split_credit("© Agency") == ("", "© Agency")
    assert split_credit("A photo of the harbour") == ("A photo of the harbour", "")


def test_standfirst_is_the_excerpt_else_the_first_sentence():
    assert standfirst("<p>An <b>excerpt</b>.</p>", "<p>Body.</p>", "T") == "An excerpt."
    assert standfirst("", "<p>First one. Second one.</p>", "T") == "First one."
    assert standfirst("", "", "The title") == "The title"


def test_caption_entities_are_read_once_and_a_copyright_credit_found():
    # WordPress keeps entities in captions, in shortcodes and in blocks alike.
    html = convert(
        f'[caption id="attachment_7"]<img src="{UPLOAD}" alt="Boat" /> Tom &amp; '
        "Jerry&#8217;s boat &ndash; &copy; Harbour Review[/caption]\n\n"
        f'<figure class="wp-block-image"><img src="{UPLOAD}" alt="Quay"/>'
        "<figcaption>First &amp; foremost &mdash; the quay</figcaption></figure>"
    ).html
    assert (
        "<figcaption>Tom &amp; Jerry’s boat "
        '<span class="credit">© Harbour Review</span></figcaption>'
    ) in html
    assert "<figcaption>First &amp; foremost — the quay</figcaption>" in html
    assert "&amp;amp;" not in html


def test_the_more_tag_and_removed_shortcodes_leave_no_empty_paragraphs():
    html = convert(
        'Before the fold.\n\n<!--more-->\n\n[contact-form-7 id="4"]\n\nAfter it.'
    ).html
    assert html == "<p>Before the fold.</p>\n\n<p>After it.</p>"

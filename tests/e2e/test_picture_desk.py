"""The editors' desk in Chromium: pictures from the library in the text and as
the hero, tag suggestions, and the byline order."""

import re

import pytest
import reversion
from django.contrib.auth.models import Group

from articles.models import Article, Photo, PreviewLink
from pages.models import Page
from tests.conftest import image_bytes
from tests.e2e.conftest import sign_in
from tests.factories import ArticleFactory, AuthorFactory, PhotoFactory

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "pictures-for-the-desk"


@pytest.fixture
def desk(page, live_server, django_user_model, tmp_path):
    """An editor logged in; returns a function that opens an admin page."""
    editor = django_user_model.objects.create_user(
        "petra", "petra@example.com", PASSWORD, is_staff=True
    )
    editor.groups.add(Group.objects.get(name="Editors"))
    sign_in(page, live_server.url + "/admin/login/", "petra", PASSWORD)

    def open_page(path):
        page.goto(live_server.url + path)
        return page

    return open_page


def editor_ready(page):
    text = page.get_by_role("textbox").and_(page.locator(".ProseMirror"))
    text.wait_for()
    return text


def test_an_editor_uploads_a_picture_in_the_dialog_and_readers_see_its_credit(
    desk, live_server, tmp_path
):
    article = ArticleFactory(title="Ports in the storm")
    page = desk(f"/admin/articles/article/{article.pk}/change/")
    editor_ready(page).click()
    page.get_by_role("button", name="figure").click()
    dialog = page.get_by_role("dialog", name="Insert a picture")
    dialog.wait_for()

    upload = tmp_path / "harbour.png"
    upload.write_bytes(image_bytes("PNG", size=(1200, 800), colour="#2a6f97"))
    dialog.get_by_label("Picture file").set_input_files(upload)
    dialog.get_by_label("Caption", exact=True).fill("Cranes over the harbour at dawn.")
    dialog.get_by_label("Credit", exact=True).fill("Photo: Ana Ruiz / Journal")
    dialog.get_by_role("button", name="Insert picture").click()
    # no alt text and not decorative: refused, and said so
    assert "Describe the picture" in dialog.get_by_role("alert").inner_text()
    assert (
        dialog.get_by_label("Alt text", exact=True).get_attribute("aria-invalid")
        == "true"
    )
    assert Photo.objects.count() == 0

    dialog.get_by_label("Alt text", exact=True).fill(
        "Three cranes load a container ship"
    )
    dialog.get_by_role("button", name="Insert picture").click()
    dialog.wait_for(state="detached")
    figure = page.locator(".ProseMirror figure[data-photo]")
    assert figure.locator("img").get_attribute("alt") == (
        "Three cranes load a container ship"
    )
    page.get_by_role("button", name="Save and continue editing").first.click()
    page.locator(".messagelist .success").wait_for()

    photo = Photo.objects.get()
    assert (photo.alt, photo.credit) == (
        "Three cranes load a container ship",
        "Photo: Ana Ruiz / Journal",
    )
    reader = page.context.new_page()
    reader.goto(live_server.url + article.get_absolute_url())
    body_figure = reader.locator(".article__body figure")
    assert body_figure.locator(".credit").inner_text() == "Photo: Ana Ruiz / Journal"
    assert "Cranes over the harbour at dawn." in body_figure.inner_text()
    img = body_figure.locator("img")
    assert img.get_attribute("alt") == "Three cranes load a container ship"
    assert (img.get_attribute("width"), img.get_attribute("height")) == ("1200", "800")
    assert "-480w.webp 480w" in img.get_attribute("srcset")
    assert img.get_attribute("sizes")
    reader.close()


def test_typing_on_after_inserting_a_picture_keeps_the_picture(desk):
    """The cursor lands after the new picture, not on it: a selected picture
    is replaced by the next key, so an editor who placed one and carried on
    writing lost it without a word."""
    PhotoFactory(alt="Cranes idle in the midday heat")
    article = ArticleFactory(body="<p>Steel gets too hot to touch.</p>")
    page = desk(f"/admin/articles/article/{article.pk}/change/")
    text = editor_ready(page)
    text.click()
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="figure").click()
    dialog = page.get_by_role("dialog", name="Insert a picture")
    dialog.get_by_role("radio").check()
    dialog.get_by_role("button", name="Insert picture").click()
    dialog.wait_for(state="detached")
    page.keyboard.type("Ports now plan for it.")
    page.get_by_role("button", name="Save and continue editing").first.click()
    page.locator(".messagelist .success").wait_for()

    body = Article.objects.get(pk=article.pk).body
    assert 'alt="Cranes idle in the midday heat"' in body
    assert body.index("</figure>") < body.index("Ports now plan for it.")


def test_an_editor_finds_a_library_picture_and_places_it_as_decorative(desk):
    PhotoFactory(alt="A grain silo by the river", credit="Photo: Silo Desk")
    PhotoFactory(alt="Parliament in the rain")
    article = ArticleFactory()
    page = desk(f"/admin/articles/article/{article.pk}/change/")
    editor_ready(page).click()
    page.get_by_role("button", name="figure").click()
    dialog = page.get_by_role("dialog", name="Insert a picture")
    dialog.get_by_label("Search by alt text").fill("silo")
    choice = dialog.get_by_role("radio")
    page.wait_for_function(
        "() => document.querySelectorAll('.picture-desk__choice').length === 1"
    )
    choice.check()
    assert (
        dialog.get_by_label("Alt text", exact=True).input_value()
        == "A grain silo by the river"
    )
    dialog.get_by_label("Alt text", exact=True).fill("")
    dialog.get_by_label("Decorative").check()
    dialog.get_by_role("button", name="Insert picture").click()
    dialog.wait_for(state="detached")
    page.get_by_role("button", name="Save and continue editing").first.click()
    page.locator(".messagelist .success").wait_for()

    body = Article.objects.get(pk=article.pk).body
    assert re.search(r'<figure data-photo="\d+"><img [^>]*alt=""', body)
    assert '<span class="credit">Photo: Silo Desk</span>' in body

    # selected again, the figure opens in the dialog with what it holds
    page.locator(".ProseMirror figure[data-photo]").click()
    page.get_by_role("button", name="figure").click()
    dialog = page.get_by_role("dialog", name="Change the picture")
    assert dialog.get_by_label("Decorative").is_checked()
    dialog.get_by_label("Credit", exact=True).fill("Photo: River Desk")
    dialog.get_by_role("button", name="Update picture").click()
    dialog.wait_for(state="detached")
    page.get_by_role("button", name="Save and continue editing").first.click()
    page.locator(".messagelist .success").wait_for()
    body = Article.objects.get(pk=article.pk).body
    assert body.count("<figure") == 1
    assert '<span class="credit">Photo: River Desk</span>' in body
    assert re.search(r'<figure data-photo="\d+"><img [^>]*alt=""', body)


def test_the_hero_picker_uses_the_library(desk):
    photo = PhotoFactory(alt="Wind turbines off the coast", credit="Photo: Sea Desk")
    article = ArticleFactory()
    page = desk(f"/admin/articles/article/{article.pk}/change/")
    page.get_by_role("button", name="Choose from the photo library").click()
    dialog = page.get_by_role("dialog", name="Choose the hero image")
    dialog.get_by_role("radio").first.check()
    dialog.get_by_role("button", name="Use this picture").click()
    dialog.wait_for(state="detached")
    assert page.locator("#id_hero_alt").input_value() == "Wind turbines off the coast"
    page.get_by_role("button", name="Save and continue editing").first.click()
    page.locator(".messagelist .success").wait_for()

    article.refresh_from_db()
    assert article.hero_image.name == photo.image.name
    assert (article.hero_width, article.hero_height) == (1000, 600)
    assert (article.hero_alt, article.hero_credit) == (
        "Wind turbines off the coast",
        "Photo: Sea Desk",
    )


def test_tags_are_suggested_while_typing_and_new_ones_still_allowed(desk):
    ArticleFactory(tags=["foreign policy", "foreign aid", "defence"])
    article = ArticleFactory()
    page = desk(f"/admin/articles/article/{article.pk}/change/")
    box = page.get_by_role("combobox", name="Tags")
    box.fill("forei")
    listbox = page.get_by_role("listbox", name="Existing tags")
    listbox.wait_for()
    assert listbox.get_by_role("option").all_inner_texts() == [
        "foreign aid",
        "foreign policy",
    ]
    box.press("ArrowDown")
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant").endswith("-1")
    box.press("Enter")
    assert box.input_value() == "foreign policy, "
    box.press_sequentially("water rights")
    page.get_by_role("button", name="Save and continue editing").first.click()
    page.locator(".messagelist .success").wait_for()
    assert sorted(article.tags.names()) == ["foreign policy", "water rights"]


def test_bylines_keep_the_order_they_are_given(desk):
    first, second = AuthorFactory(name="Ada Byline"), AuthorFactory(name="Ben Byline")
    article = ArticleFactory(authors=[first, second])
    page = desk(f"/admin/articles/article/{article.pk}/change/")
    group = page.locator("#byline_set-group")
    # placed under the text, before the publishing settings
    publishing = page.get_by_role("heading", name="Publishing").element_handle()
    assert group.evaluate(
        "(g, next) => g.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING",
        publishing,
    )
    rows = group.locator("tbody tr.form-row:not(.empty-form)")
    rows.nth(1).get_by_role("button", name="Move up in the byline").click()
    assert "now number 1" in group.locator(".byline-order__status").inner_text()
    page.get_by_role("button", name="Save and continue editing").first.click()
    page.locator(".messagelist .success").wait_for()
    article = Article.objects.get(pk=article.pk)
    assert [a.name for a in article.byline] == ["Ben Byline", "Ada Byline"]

    # dragged back by its handle
    handle = rows.nth(1).locator(".byline-order__handle")
    handle.drag_to(rows.nth(0), target_position={"x": 20, "y": 4})
    assert (
        "Ada Byline is now number 1"
        in group.locator(".byline-order__status").inner_text()
    )
    page.get_by_role("button", name="Save and continue editing").first.click()
    page.locator(".messagelist .success").wait_for()
    article = Article.objects.get(pk=article.pk)
    assert [a.name for a in article.byline] == ["Ada Byline", "Ben Byline"]


def test_on_a_phone_each_byline_row_fits_the_screen(desk):
    article = ArticleFactory(authors=[AuthorFactory(name="Ada Byline")])
    page = desk(f"/admin/articles/article/{article.pk}/change/")
    page.set_viewport_size({"width": 390, "height": 800})
    group = page.locator("#byline_set-group")
    group.locator(".select2-container").first.wait_for()

    sizes = group.evaluate(
        """g => ({group: g.getBoundingClientRect().right,
                 table: g.querySelector("table").getBoundingClientRect().right,
                 remove: g.querySelector("td.delete").getBoundingClientRect().right})"""
    )

    assert sizes["table"] <= sizes["group"] <= 390
    assert sizes["remove"] <= 390  # the Delete box is on the screen


def test_the_body_editor_shows_keyboard_focus(desk):
    page = desk("/admin/articles/article/add/")
    text = editor_ready(page)
    page.get_by_label("Standfirst").focus()
    for _ in range(40):  # on by keyboard alone, to the body's text
        page.keyboard.press("Tab")
        if text.evaluate("element => element === document.activeElement"):
            break
    assert text.evaluate("element => element === document.activeElement")
    style = text.evaluate(
        "element => getComputedStyle(element).outlineStyle + ' '"
        " + getComputedStyle(element).outlineWidth"
    )
    assert style == "solid 3px"


def test_each_rich_text_editor_is_named_after_its_field(desk):
    # The editing box stands in for a hidden textarea; the label, help text and
    # error message must reach the box a screen reader actually lands on.
    page = desk("/admin/articles/article/add/")
    editor_ready(page)
    body = page.get_by_role("textbox", name=re.compile(r"^Body:?$"))
    assert body.evaluate("element => element.matches('.ProseMirror')")
    assert "picture button" in body.evaluate(
        "element => element.getAttribute('aria-describedby').split(' ')"
        ".map(id => document.getElementById(id)?.textContent).join(' ')"
    )

    page.get_by_role("button", name="Save", exact=True).first.click()  # empty: refused
    body = page.get_by_role("textbox", name=re.compile(r"^Body:?$"))
    body.wait_for()
    assert body.get_attribute("aria-invalid") == "true"

    page = desk("/admin/authors/author/add/")
    bio = page.get_by_role("textbox", name=re.compile(r"^Bio:?$"))
    assert bio.evaluate("element => element.matches('.ProseMirror')")


def test_the_history_names_each_compare_button(desk):
    # Two bare radio buttons a row: which end of the comparison, which revision?
    article = ArticleFactory(title="Two drafts")
    for standfirst in ["First go.", "Second go."]:
        with reversion.create_revision():
            article.standfirst = standfirst
            article.save()

    page = desk(f"/admin/articles/article/{article.pk}/history/")

    radios = page.get_by_role("radio")
    named = page.get_by_role(
        "radio", name=re.compile("^Compare (from|to) the revision of ")
    )
    assert radios.count() == named.count() == 3  # the newest is no "from"


@pytest.mark.parametrize("width", [1280, 390])
def test_a_preview_links_address_is_in_sight_at_1280_and_390_px(desk, width):
    """The address to send, one long word, pushed the links' table 142 px
    past the window at 1280 px; at 390 px the table kept it, and the link's
    end date and Revoked box, out of sight behind a sideways scroll."""
    article = ArticleFactory(title="Ports in the heat")
    PreviewLink.objects.create(article=article, recipient="Dr Ada Quell, reviewer")
    page = desk(f"/admin/articles/article/{article.pk}/change/")
    page.set_viewport_size({"width": width, "height": 900})
    address = page.get_by_text("/preview/")
    address.scroll_into_view_if_needed()
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow == 0
    for seen in (address, page.get_by_role("checkbox", name="Revoked")):
        box = seen.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width


def test_a_page_edited_in_the_admin_keeps_its_pictures(desk, page):
    """Found in QA: the page form lacked the picture dialog's import map, so its
    editor lost the picture module and a save dropped the page's figures; a
    bare picture (an imported one without a caption) was dropped everywhere."""
    about = Page.objects.create(
        title="About",
        url="/about/",
        status=Page.Status.PUBLISHED,
        body='<p>Who we are.</p><figure data-photo="7"><img src="/media/team.jpg" '
        'alt="The desk at work" width="800" height="600"><figcaption>The desk '
        '<span class="credit">Photo: Journal</span></figcaption></figure>'
        '<p>Since 1998.<img src="/media/old.jpg" alt="The first issue"></p>',
    )
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    desk(f"/admin/pages/page/{about.pk}/change/")
    text = editor_ready(page)
    assert page.get_by_role("button", name="figure").is_visible()
    text.locator("p").first.click()
    page.keyboard.press("End")
    page.keyboard.type(" Hello.")
    page.get_by_role("button", name="Save and continue editing").first.click()
    page.locator(".messagelist .success").wait_for()

    body = Page.objects.get(pk=about.pk).body
    assert body.startswith("<p>Who we are. Hello.</p>")
    assert (
        '<figure data-photo="7"><img src="/media/team.jpg" alt="The desk at work" '
        'width="800" height="600"><figcaption>The desk <span class="credit">'
        "Photo: Journal</span></figcaption></figure>"
    ) in body
    assert '<img src="/media/old.jpg" alt="The first issue">' in body
    assert "Since 1998." in body
    assert not [e for e in errors if "module" in e]


def test_an_authors_bio_keeps_its_line_breaks_and_lists_and_shows_its_focus(desk, page):
    """Found in QA: the bio's editor knew no line break, list or quote, so an
    imported bio lost them at its first save; and it showed no focus ring."""
    author = AuthorFactory(
        name="Ada Reed",
        slug="ada-reed",
        x_handle="ada_reed",
        bio="<p>Line one<br>Line two</p><ul><li>Trade</li></ul>"
        "<blockquote><p>A quote.</p></blockquote>",
    )
    desk(f"/admin/authors/author/{author.pk}/change/")
    text = editor_ready(page)
    text.locator("p").first.click()
    outline = text.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline == "solid"
    page.keyboard.press("End")
    page.keyboard.type(" Hello.")
    page.get_by_role("button", name="Save and continue editing").first.click()
    page.locator(".messagelist .success").wait_for()

    author.refresh_from_db()
    assert author.bio.startswith("<p>Line one<br>Line two Hello.</p>")
    assert "<ul><li><p>Trade</p></li></ul>" in author.bio
    assert "<blockquote><p>A quote.</p></blockquote>" in author.bio

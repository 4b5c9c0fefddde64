"""The admin's lists on a phone and on a desk, in Chromium: the filters a tap
from the top at 390 px (still beside the list at 1280 px), and the comment
queue, the article list and the moderation log read without scrolling
sideways."""

import pytest
from django.contrib.auth.models import Group

from comments.models import Comment
from comments.services import MODERATORS_GROUP, edit_comment, moderate_comments
from tests.e2e.conftest import sign_in
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    CategoryFactory,
    CommentFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "lists-on-a-phone"
SCREEN = 844  # a 390 x 844 phone


@pytest.fixture
def staff(django_user_model):
    """An editor (elsa) and a moderator (moira)."""
    for name, group in [("elsa", "Editors"), ("moira", MODERATORS_GROUP)]:
        user = django_user_model.objects.create_user(
            name, f"{name}@example.com", PASSWORD, is_staff=True
        )
        user.groups.add(Group.objects.get(name=group))


def signed_in(browser, live_server, username, width, scheme="light"):
    context = browser.new_context(
        viewport={"width": width, "height": SCREEN}, color_scheme=scheme
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    sign_in(page, live_server.url + "/admin/login/", username, PASSWORD)
    page.wait_for_load_state()
    return page


def tab_to(page, selector, limit=40):
    """Press Tab until the focus is on `selector`; the presses it took, or
    None if the first row of the list came first."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate(
            "(s) => document.activeElement.matches(s)", selector
        ):  # fmt: skip
            return presses
        if page.evaluate(
            "() => !!document.activeElement.closest('#result_list tbody')"
        ):
            return None
    return None


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    "username, path, choice",
    [
        ("elsa", "/admin/articles/article/", "Me: started by me or in my byline"),
        ("moira", "/admin/comments/comment/", "Spam"),
    ],
)
def test_a_lists_filters_open_from_its_top_on_a_phone(
    browser, live_server, staff, username, path, choice, scheme
):
    article = ArticleFactory()
    ArticleFactory.create_batch(29)
    CommentFactory.create_batch(30, article=article, status="pending")
    page = signed_in(browser, live_server, username, 390, scheme)
    page.goto(live_server.url + path)

    # By keyboard, the filters come before the list's rows, on the first
    # screen, with a focus ring to see.
    assert tab_to(page, "#changelist-filter-toggle > summary") is not None
    toggle = page.locator("#changelist-filter-toggle > summary")
    assert toggle.bounding_box()["y"] + toggle.bounding_box()["height"] < SCREEN
    ring = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
    )
    assert ring[0] != "none" and ring[1] >= 2
    # Closed until asked for: the first rows are in sight under it.
    assert page.locator("#result_list tbody tr").first.bounding_box()["y"] < SCREEN

    page.keyboard.press("Enter")
    link = page.locator("#changelist-filter").get_by_role("link", name=choice)
    box = link.bounding_box()
    assert box["y"] + box["height"] < SCREEN
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    link.click()
    page.wait_for_load_state()
    assert page.locator("#changelist-filter li.selected", has_text=choice).count()
    page.context.close()


@pytest.mark.parametrize("width", [768, 1024, 1279])
def test_on_a_tablet_the_filters_open_from_the_top_and_leave_the_list_room(
    browser, live_server, staff, django_user_model, width
):
    """Beside Django's navigation, the filters' column left the article list a
    199 px box at 768 px (a card a few words wide)."""
    a_busy_desk(django_user_model)
    page = signed_in(browser, live_server, "elsa", width)
    page.goto(live_server.url + "/admin/articles/article/")
    page.evaluate("localStorage.setItem('django.admin.navSidebarIsOpen', 'true')")
    page.reload()
    assert page.locator("#nav-sidebar").is_visible()
    toggle = page.locator("#changelist-filter-toggle")
    assert toggle.is_visible()
    assert toggle.locator("#changelist-filter").count() == 1
    assert fits_its_box(page)[1] >= 400
    # The list's buttons no longer cover the end of its title.
    title, buttons = page.evaluate(
        "(() => { const range = document.createRange();"
        " range.selectNodeContents(document.querySelector('#content h1'));"
        " const box = (b) => [b.left, b.top, b.right, b.bottom];"
        " return [box(range.getBoundingClientRect()),"
        " box(document.querySelector('.object-tools').getBoundingClientRect())]; })()"
    )
    apart = buttons[0] >= title[2] or buttons[1] >= title[3]
    assert apart, (title, buttons)
    # ...and are whole: their lower edge is not cut off.
    assert page.evaluate(
        "(() => { const a = document.querySelector('.object-tools a');"
        " const b = a.getBoundingClientRect();"
        " return a.contains(document.elementFromPoint(b.left + 8, b.bottom - 3)); })()"
    )

    page.locator("#changelist-filter-toggle > summary").click()
    toggle.get_by_role("link", name="Me: started by me or in my byline").click()
    page.wait_for_load_state()
    assert page.locator("#changelist-filter li.selected", has_text="Me").count()
    # Closed again on the new page, it says a filter is in use.
    summary = page.locator("#changelist-filter-toggle > summary")
    assert " ".join(summary.text_content().split()) == "Filter (in use)"
    page.context.close()


def test_the_filters_follow_a_tablet_turned_round(
    browser, live_server, staff, django_user_model
):
    """Turned from upright to landscape and back, the filters move beside the
    list and back into the disclosure without a reload."""
    a_busy_desk(django_user_model)
    page = signed_in(browser, live_server, "elsa", 1024)
    page.goto(live_server.url + "/admin/articles/article/")
    inside = "#changelist-filter-toggle > #changelist-filter"
    beside = "#changelist > #changelist-filter"
    assert page.locator(inside).count() == 1

    page.set_viewport_size({"width": 1366, "height": SCREEN})
    page.wait_for_selector(beside, state="attached")
    assert page.locator("#changelist-filter-toggle").is_hidden()
    assert page.locator(beside).is_visible()

    page.set_viewport_size({"width": 1024, "height": SCREEN})
    page.wait_for_selector(inside, state="attached")
    assert page.locator("#changelist-filter-toggle").is_visible()
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_lists_filters_stay_beside_it_at_1280_px(browser, live_server, staff, scheme):
    ArticleFactory.create_batch(3)
    page = signed_in(browser, live_server, "elsa", 1280, scheme)
    page.goto(live_server.url + "/admin/articles/article/")
    assert page.locator("#changelist-filter-toggle").is_hidden()
    assert page.locator("#changelist > #changelist-filter").count() == 1
    filters = page.locator("#changelist-filter").bounding_box()
    results = page.locator("#result_list").bounding_box()
    toolbar = page.locator("#toolbar").bounding_box()
    assert filters["x"] >= results["x"] + results["width"]
    assert filters["y"] == toolbar["y"]  # level with the search bar
    assert page.locator("#changelist-filter").get_by_role("link", name="Me").count()
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_comment_queue_reads_on_a_phone_without_scrolling_sideways(
    browser, live_server, staff, scheme
):
    article = ArticleFactory(
        title="Harbour congestion and the political economy of waiting ships"
    )
    CommentFactory(
        article=article,
        status="pending",
        name="Bartholomew Featherstonehaugh",
        email="bartholomew.featherstonehaugh@university.example.org",
    )
    CommentFactory.create_batch(3, article=article, status="pending")
    page = signed_in(browser, live_server, "moira", 390, scheme)
    page.goto(live_server.url + "/admin/comments/comment/")

    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.evaluate(
        "(() => { const t = document.getElementById('result_list');"
        " return t.scrollWidth <= t.parentElement.clientWidth; })()"
    )
    row = page.locator("#result_list tbody tr", has_text="Bartholomew")
    # Everything the row says, in sight: who wrote it, the article, the
    # decisions (each one click, big enough to tap).
    for part in [
        row.get_by_text("Bartholomew Featherstonehaugh"),
        row.get_by_text("bartholomew.featherstonehaugh@university.example.org"),
        row.get_by_role("link", name=article.title),
        row.get_by_role("button", name="Approve"),
        row.get_by_role("button", name="Mark as spam"),
        row.get_by_role("button", name="Remove"),
        row.get_by_role("link", name="Reply"),
    ]:
        box = part.bounding_box()
        assert part.is_visible() and box["x"] >= 0 and box["x"] + box["width"] <= 390
    for button in row.get_by_role("button").all():
        assert button.bounding_box()["height"] >= 24
    # Which column is which, with the table's headers out of the way.
    labels = row.evaluate(
        "(row) => [...row.querySelectorAll('td')].map("
        " (td) => getComputedStyle(td, '::before').content)"
    )
    assert '"From"' in labels and '"Article · posted"' in labels
    page.context.close()


def reads_without_scrolling_sideways(page, width=390):
    """Nothing wider than the screen: neither the page nor the table inside
    its box, and every cell of the list within the screen."""
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.evaluate(
        "(() => { const t = document.getElementById('result_list');"
        " return t.scrollWidth <= t.parentElement.clientWidth; })()"
    )
    cells = page.evaluate(
        "() => [...document.querySelectorAll('#result_list tbody tr > *')].map("
        " (c) => { const b = c.getBoundingClientRect(); return [b.left, b.right]; })"
    )
    assert cells and all(left >= 0 and right <= width for left, right in cells)


def labels(row):
    """What each cell of a row is named, as a card on a phone shows it."""
    return row.evaluate(
        "(row) => [...row.querySelectorAll('td, th')].map("
        " (cell) => getComputedStyle(cell, '::before').content)"
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_article_list_reads_on_a_phone_without_scrolling_sideways(
    browser, live_server, staff, scheme
):
    article = ArticleFactory(
        title="Harbour congestion and the political economy of waiting ships",
        category=CategoryFactory(name="Infrastructure and Transport"),
        authors=[
            AuthorFactory(name="Maximiliana Featherstonehaugh-Wolstenholme"),
            AuthorFactory(name="Dev Malhotra-Stone"),
        ],
        featured=True,
    )
    ArticleFactory.create_batch(3)
    page = signed_in(browser, live_server, "elsa", 390, scheme)
    page.goto(live_server.url + "/admin/articles/article/")

    reads_without_scrolling_sideways(page)
    row = page.locator("#result_list tbody tr", has_text=article.title)
    for part in [
        row.get_by_role("checkbox"),
        row.get_by_role("link", name=article.title),
        row.get_by_text("Published"),
        row.get_by_text("Featured"),
        row.get_by_text("Infrastructure and Transport"),
        row.get_by_text(
            "Maximiliana Featherstonehaugh-Wolstenholme, Dev Malhotra-Stone"
        ),
    ]:
        box = part.bounding_box()
        assert part.is_visible() and box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert '"State · date"' in labels(row) and '"Category · authors"' in labels(row)
    # The three sorts stay above the cards, a tap each.
    header = page.locator("#result_list thead")
    for name in ["Title", "State · date", "Category · authors"]:
        link = header.get_by_role("link", name=name)
        box = link.bounding_box()
        assert link.is_visible() and box["x"] + box["width"] <= 390
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_moderation_log_reads_on_a_phone_without_scrolling_sideways(
    browser, live_server, staff, django_user_model, scheme
):
    moderator = django_user_model.objects.create_user(
        "alexandrina.vanderlinden-moderation", is_staff=True
    )
    comment = CommentFactory(
        status="pending",
        name="Maximiliana Featherstonehaugh-Wolstenholme",
        email="maximiliana.featherstonehaugh-wolstenholme@economics.example.org",
    )
    moderate_comments(
        comments=Comment.objects.filter(pk=comment.pk),
        decision="approved",
        by=moderator,
    )
    edit_comment(comment=comment, changes={"text": "Shorter."}, by=moderator)
    page = signed_in(browser, live_server, "moira", 390, scheme)
    page.goto(live_server.url + "/admin/comments/moderationlogentry/")

    reads_without_scrolling_sideways(page)
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == 2
    for row in rows.all():
        for part in [
            row.get_by_role("link", name=f"#{comment.pk} by {comment.name}"),
            row.get_by_text(moderator.username),
        ]:
            box = part.bounding_box()
            assert part.is_visible() and box["x"] + box["width"] <= 390
        assert {
            '"When"',
            '"Moderator"',
            '"Action"',
            '"From"',
            '"To"',
            '"Bulk action"',
            '"Comment"',
            '"Edited field"',
        } <= set(labels(row))
    edited = rows.filter(has_text="Edited")
    assert edited.locator(".field-field").inner_text().strip() == "text"
    assert (
        page.locator("#result_list thead").get_by_role("link", name="When").is_visible()
    )
    page.context.close()


def fits_its_box(page):
    """The list's table is no wider than its box: nothing behind a sideways
    scroll inside it."""
    return page.evaluate(
        "(() => { const t = document.getElementById('result_list');"
        " return [t.scrollWidth, t.parentElement.clientWidth]; })()"
    )


def a_busy_desk(django_user_model):
    """An article with a long title and byline, comments on it pending and
    decided (by a moderator with a long name), and the log of it."""
    article = ArticleFactory(
        title="Harbour congestion and the political economy of waiting ships",
        category=CategoryFactory(name="Infrastructure and Transport"),
        authors=[AuthorFactory(name="Maximiliana Featherstonehaugh-Wolstenholme")],
    )
    ArticleFactory.create_batch(3)
    moderator = django_user_model.objects.create_user(
        "alexandrina.vanderlinden-moderation", is_staff=True
    )
    comment = CommentFactory(
        article=article,
        status="pending",
        name="Bartholomew Featherstonehaugh",
        email="bartholomew.featherstonehaugh@university.example.org",
    )
    CommentFactory.create_batch(3, article=article, status="pending")
    moderate_comments(
        comments=Comment.objects.filter(pk=comment.pk),
        decision="approved",
        by=moderator,
    )
    edit_comment(comment=comment, changes={"text": "Shorter."}, by=moderator)


@pytest.mark.parametrize("sidebar", ["open", "closed"])
@pytest.mark.parametrize("width", [768, 800, 900, 1024, 1100, 1280])
@pytest.mark.parametrize(
    "username, path",
    [
        ("elsa", "/admin/articles/article/"),
        ("moira", "/admin/comments/comment/"),
        ("moira", "/admin/comments/comment/?status=all"),
        ("moira", "/admin/comments/moderationlogentry/"),
    ],
)
def test_a_list_fits_its_box_on_a_tablet_and_a_desk(
    browser, live_server, staff, django_user_model, username, path, width, sidebar
):
    """Beside Django's navigation a list's box is 429 px wide at 768 px: a
    list too wide for its box is cards, whatever the window."""
    a_busy_desk(django_user_model)
    page = signed_in(browser, live_server, username, width)
    page.goto(live_server.url + path)
    page.evaluate(
        "(open) => localStorage.setItem('django.admin.navSidebarIsOpen', open)",
        "true" if sidebar == "open" else "false",
    )
    page.reload()
    table, box = fits_its_box(page)
    assert table <= box
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    "username, path, row_link",
    [
        ("elsa", "/admin/articles/article/", "#result_list tbody .field-title a"),
        ("moira", "/admin/comments/comment/", "#result_list tbody .field-excerpt a"),
        (
            "moira",
            "/admin/comments/moderationlogentry/",
            "#result_list tbody .field-on_comment a",
        ),
    ],
)
def test_a_lists_sort_headers_and_row_links_show_where_the_focus_is(
    browser, live_server, staff, django_user_model, username, path, row_link, scheme
):
    a_busy_desk(django_user_model)
    page = signed_in(browser, live_server, username, 1280, scheme)
    page.goto(live_server.url + path)
    for selector in ["#result_list thead th.sortable .text a", row_link]:
        # After a key press, as when reached by Tab: :focus-visible.
        page.keyboard.press("Tab")
        page.locator(selector).first.focus()
        assert page.evaluate("(s) => document.activeElement.matches(s)", selector)
        ring = page.evaluate(
            "() => { const s = getComputedStyle(document.activeElement);"
            " return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
        )
        assert ring[0] not in ("none", "auto") and ring[1] >= 2, ring
    page.context.close()


@pytest.mark.parametrize("width", [768, 1280])
def test_the_article_forms_buttons_never_cover_a_long_headline(
    browser, live_server, staff, width
):
    """History and View on site floated up beside the headline and covered
    the end of a long one (200 characters at 1280 px)."""
    article = ArticleFactory(title=("A long headline about ports and lanes " * 6)[:200])
    page = signed_in(browser, live_server, "elsa", width)
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    headline, buttons = page.evaluate(
        "(() => { const range = document.createRange();"
        " range.selectNodeContents(document.querySelector('#content h2'));"
        " const box = (b) => [b.left, b.top, b.right, b.bottom];"
        " return [box(range.getBoundingClientRect()),"
        " box(document.querySelector('.object-tools').getBoundingClientRect())]; })()"
    )
    assert buttons[1] >= headline[3], (headline, buttons)
    page.context.close()

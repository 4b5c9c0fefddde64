"""A reader searches the demo site in Chromium."""

import pytest

from articles.models import Category

pytestmark = pytest.mark.django_db(transaction=True)


def test_reader_searches_narrows_and_opens_a_result(page, demo_site):
    page.goto(demo_site + "/")
    page.get_by_label("Search the journal").fill("trade OR climate")
    page.get_by_label("Search the journal").press("Enter")

    page.wait_for_selector(".search-result")
    assert (
        "results for “trade OR climate”" in page.locator(".results-count").inner_text()
    )
    marks = page.locator(".search-result mark").all_inner_texts()
    assert marks
    assert all(m.lower().startswith(("trade", "climate")) for m in marks), marks

    page.get_by_label("Section", exact=True).select_option(label="Climate and Energy")
    page.get_by_role("button", name="Search", exact=True).last.click()
    page.wait_for_selector(".results-count")
    kickers = page.locator(".search-result .card__kicker").all_inner_texts()
    total = page.locator(".results-count").inner_text()
    assert "in Climate and Energy" in total
    section = Category.objects.get(name="Climate and Energy", parent=None)
    in_section = {
        c.name for c in Category.objects.filter(path__startswith=section.path)
    }
    assert (
        kickers and set(kickers) <= {name.upper() for name in in_section} | in_section
    )

    title = page.locator(".search-result__title a").first.inner_text()
    page.locator(".search-result__title a").first.click()
    page.wait_for_selector("h1.article__title")
    assert page.locator("h1.article__title").inner_text() == title


def test_a_search_with_no_words_explains_itself(page, demo_site):
    page.goto(demo_site + "/search/?q=%22%22%22")
    alert = page.get_by_role("alert")
    assert "no words to search for" in alert.inner_text()
    assert page.get_by_label("Search for").get_attribute("aria-invalid") == "true"


@pytest.mark.parametrize("width", [360, 1280])
def test_results_fit_the_screen(browser, demo_site, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(demo_site + "/search/?q=policy&section=economy&since=2020-01-01")
    assert page.locator(".search-result").count() >= 1
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()

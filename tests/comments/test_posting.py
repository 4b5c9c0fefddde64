"""The reader's form: validation, where a comment goes, and who sees it."""

import re
import time
from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from comments.models import BlocklistEntry, Comment
from comments.spam import form_token
from tests.comments.conftest import comment_data, post_url
from tests.factories import ArticleFactory, CommentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    return ArticleFactory()


def page_text(client, article):
    """What the reader sees: the article page, with the comments awaiting
    moderation that their browser fetches from the comment state view
    (static/js/comments.js)."""
    page = client.get(article.get_absolute_url()).content.decode()
    state = client.get(f"/comments/{article.slug}/state/").json()
    return page + "".join(item["html"] for item in state["pending"])


def test_a_valid_comment_waits_for_a_moderator_and_its_writer_lands_on_it(
    client, article
):
    response = client.post(
        post_url(article),
        comment_data(article),
        HTTP_USER_AGENT="Mozilla/5.0 (reader)",
        REMOTE_ADDR="203.0.113.9",
    )

    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{article.get_absolute_url()}#your-comment"
    assert comment.status == Comment.Status.PENDING
    assert comment.article == article
    assert comment.ip_address == "203.0.113.9"
    assert comment.user_agent == "Mozilla/5.0 (reader)"
    assert response.cookies["comment_pending"]["path"] == "/comments/"
    state = client.get(f"/comments/{article.slug}/state/").json()
    assert [item["parent"] for item in state["pending"]] == [None]


def test_only_the_writer_sees_their_pending_comment(client, article):
    client.post(post_url(article), comment_data(article, text="Mine, pending."))

    writer_page = page_text(client, article)
    other_page = page_text(Client(), article)

    assert "Mine, pending." in writer_page
    assert "Your comment is awaiting moderation." in writer_page
    assert 'id="your-comment"' in writer_page
    assert "Mine, pending." not in other_page
    assert "awaiting moderation" not in other_page


def test_two_writers_each_see_only_their_own_pending_comment(client, article):
    other_writer = Client()
    client.post(post_url(article), comment_data(article, text="Mine."))
    other_writer.post(post_url(article), comment_data(article, text="Theirs."))

    mine = page_text(client, article)
    theirs = page_text(other_writer, article)

    assert "Mine." in mine and "Theirs." not in mine
    assert "Theirs." in theirs and "Mine." not in theirs


def test_the_pending_preview_has_no_links_and_no_address_of_its_own(client, article):
    client.post(
        post_url(article),
        comment_data(
            article,
            text="See https://example.org/report for more.",
            website="https://ada.example.com",
        ),
    )
    comment = Comment.objects.get()

    html = page_text(client, article)

    assert "See https://example.org/report for more." in html
    assert 'href="https://example.org/report"' not in html
    assert 'href="https://ada.example.com"' not in html
    assert f"comment-{comment.pk}" not in html
    assert f"/comments/reply/{comment.pk}/" not in html


def test_a_pending_comment_stops_showing_as_pending_once_approved(client, article):
    client.post(post_url(article), comment_data(article, text="Now public."))
    Comment.objects.update(status=Comment.Status.APPROVED)

    html = page_text(client, article)

    assert "Now public." in html
    assert "awaiting moderation" not in html
    assert "1 comment<" in html


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"text": "   "}, "text", "Please write your comment."),
        ({"name": ""}, "name", "Please give your name; it is shown with your comment."),
        ({"email": ""}, "email", "Please give your email address; it is never published."),
        ({"email": "ada@"}, "email", "Please enter a valid email address"),
        ({"website": "javascript:alert(1)"}, "website", "starting with http:// or https://"),
        ({"website": "ftp://files.example.com"}, "website", "starting with http://"),
        ({"text": "x" * 5001}, "text", "Your comment is 5001 characters long; the limit is 5000."),
        ({"name": "n" * 101}, "name", "Please shorten your name to 100 characters"),
    ],
)  # fmt: skip
def test_bad_input_comes_back_with_a_message_next_to_the_field_and_input_kept(
    client, article, overrides, field, message
):
    data = comment_data(article, text="Keep these words.") | overrides

    response = client.post(post_url(article), data)

    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert f'<ul class="errorlist" id="comment-form-{field}_error">' in html
    control = re.search(rf'<(?:input|textarea)[^>]* id="comment-form-{field}"', html)
    assert 'aria-invalid="true"' in control.group(0)
    assert f"comment-form-{field}_error" in control.group(0)
    if field != "text":
        assert "Keep these words." in html
    assert not Comment.objects.exists()


def test_the_length_limits_allow_exactly_the_maximum(client, article):
    response = client.post(
        post_url(article), comment_data(article, text="x" * 5000, name="n" * 100)
    )

    assert response.status_code == 302
    assert len(Comment.objects.get().text) == 5000


@pytest.mark.parametrize(
    "website", ["not a url", "javascript:alert(1)", "ftp://a.example"]
)
def test_a_bad_website_is_explained_once_in_the_summary_and_once_at_the_field(
    client, article, website
):
    response = client.post(post_url(article), comment_data(article, website=website))

    html = response.content.decode()
    assert html.count("Please enter a web address starting with http://") == 2


def test_the_page_does_not_cut_a_long_comment_or_name_short(client, article):
    """The browser would drop what is over a `maxlength` without a word; the
    server's message says how long it is and keeps the text instead."""
    html = client.get(post_url(article)).content.decode()

    for field in ("text", "name"):
        control = re.search(
            rf'<(?:input|textarea)[^>]* id="comment-form-{field}"', html
        )
        assert "maxlength" not in control.group(0)


def test_a_refused_comment_page_puts_focus_on_what_to_fix(client, article):
    response = client.post(post_url(article), comment_data(article, text=""))

    summary = re.search(
        r'<div class="[^"]*error-summary"[^>]*>', response.content.decode()
    )
    assert "autofocus" in summary.group(0) and 'tabindex="-1"' in summary.group(0)


def test_browser_line_endings_count_as_one_character(client, article):
    text = "line\r\n" * 833  # 4998 characters as the reader typed them

    response = client.post(post_url(article), comment_data(article, text=text))

    assert response.status_code == 302
    assert Comment.objects.get().text == ("line\n" * 833).strip()


def test_a_filled_trap_field_goes_to_spam_silently(client, article):
    response = client.post(
        post_url(article), comment_data(article, homepage="http://bot.example")
    )

    comment = Comment.objects.get()
    assert response.status_code == 302
    assert comment.status == Comment.Status.SPAM
    assert comment.flag == "filled the hidden trap field"
    assert "Your comment is awaiting moderation." in page_text(client, article)


def test_a_form_sent_back_too_fast_asks_to_send_again_and_keeps_the_text(
    client, article, settings
):
    settings.COMMENTS_MIN_FILL_SECONDS = 3
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        data = comment_data(article, text="Fast fingers.")
        traveller.shift(1)
        too_fast = client.post(post_url(article), data)
        # The form that comes back carries a fresh token, usable after a pause.
        fresh_token = too_fast.context["form"].data["token"]
        traveller.shift(4)
        resent = client.post(post_url(article), data | {"token": fresh_token})

    assert too_fast.status_code == 400
    assert "That was quicker than anyone can type." in too_fast.content.decode()
    assert "Fast fingers." in too_fast.content.decode()
    assert resent.status_code == 302
    assert Comment.objects.get().text == "Fast fingers."


def test_an_empty_form_sent_at_once_is_told_what_is_missing_alone(
    client, article, settings
):
    settings.COMMENTS_MIN_FILL_SECONDS = 3
    data = comment_data(article, text="", name="", email="")

    response = client.post(post_url(article), data)

    html = response.content.decode()
    assert response.status_code == 400
    assert "Please write your comment." in html
    assert "quicker than anyone can type" not in html


def test_an_old_form_asks_to_send_again(client, article):
    with time_machine.travel(timezone.now() - timedelta(days=3)):
        token = form_token(article)

    response = client.post(post_url(article), comment_data(article, token=token))

    assert response.status_code == 400
    assert "This form was opened too long ago." in response.content.decode()


@pytest.mark.parametrize("token", ["", "forged", "other-article"])
def test_a_missing_or_forged_form_token_is_refused_with_a_message(
    client, article, token
):
    if token == "other-article":
        token = form_token(ArticleFactory())

    response = client.post(post_url(article), comment_data(article, token=token))

    assert response.status_code == 400
    html = response.content.decode()
    assert "Please send your comment again." in html
    assert not Comment.objects.exists()


def test_the_rate_limit_counts_per_ip_across_sessions(client, article, settings):
    settings.COMMENTS_RATE_LIMIT = 2
    another_session = Client()
    ip = {"REMOTE_ADDR": "198.51.100.7"}

    first = client.post(post_url(article), comment_data(article), **ip)
    second = another_session.post(post_url(article), comment_data(article), **ip)
    third = client.post(
        post_url(article), comment_data(article, text="Third try."), **ip
    )
    elsewhere = client.post(
        post_url(article), comment_data(article), REMOTE_ADDR="198.51.100.8"
    )

    assert [first.status_code, second.status_code] == [302, 302]
    assert third.status_code == 429
    html = third.content.decode()
    assert "You have sent several comments in a short time." in html
    assert "Third try." in html
    assert elsewhere.status_code == 302
    assert Comment.objects.count() == 3


def test_the_rate_limit_counts_an_ipv6_subscribers_whole_network(
    client, article, settings
):
    # One machine may use any address of its /64: counted per address, the
    # limit let it post without end, a fresh address each time.
    settings.COMMENTS_RATE_LIMIT = 2

    sent = [
        client.post(post_url(article), comment_data(article), REMOTE_ADDR=address)
        for address in ("2001:db8:5:6::1", "2001:db8:5:6::2", "2001:db8:5:6:a:b:c:d")
    ]
    next_network = client.post(
        post_url(article), comment_data(article), REMOTE_ADDR="2001:db8:5:7::1"
    )
    ipv4_mapped = [
        client.post(post_url(article), comment_data(article), REMOTE_ADDR=address)
        for address in ("::ffff:198.51.100.7", "::ffff:198.51.100.8")
    ]

    assert [r.status_code for r in sent] == [302, 302, 429]
    assert next_network.status_code == 302
    assert [r.status_code for r in ipv4_mapped] == [302, 302]  # not one network


def test_the_rate_limit_window_ends(client, article, settings):
    # Real time, not a frozen clock: with Redis the cache itself expires keys.
    settings.COMMENTS_RATE_LIMIT = 1
    settings.COMMENTS_RATE_WINDOW = 1
    assert client.post(post_url(article), comment_data(article)).status_code == 302
    assert client.post(post_url(article), comment_data(article)).status_code == 429
    time.sleep(1.2)
    assert client.post(post_url(article), comment_data(article)).status_code == 302


def test_the_client_ip_is_read_through_the_configured_proxies(
    client, article, settings
):
    settings.COMMENTS_PROXY_COUNT = 1
    client.post(
        post_url(article),
        comment_data(article),
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.50",
    )

    assert Comment.objects.get().ip_address == "203.0.113.50"


def test_more_than_the_allowed_links_is_held_as_likely_spam(client, article):
    four = "https://a.example https://b.example www.c.example d.example.com"
    three = "https://a.example https://b.example www.c.example"

    client.post(post_url(article), comment_data(article, text=four))
    client.post(post_url(article), comment_data(article, text=three))

    flagged, fine = Comment.objects.order_by("pk")
    assert flagged.status == Comment.Status.PENDING
    assert flagged.flag == "likely spam: 4 links"
    assert fine.status == Comment.Status.PENDING
    assert fine.flag == ""


@pytest.mark.parametrize(
    ("kind", "value", "overrides"),
    [
        ("word", "cheap pills", {"text": "Buy CHEAP PILLS today"}),
        ("word", "casino.example", {"website": "https://casino.example/x"}),
        ("email", "troll@example.com", {"email": "Troll@Example.com"}),
        ("email", "@spam.example", {"email": "anyone@spam.example"}),
        ("ip", "203.0.113.0/24", {}),
        ("ip", "203.0.113.77", {}),
    ],
)
def test_a_blocklist_hit_goes_straight_to_spam_silently(
    client, article, kind, value, overrides
):
    entry = BlocklistEntry.objects.create(kind=kind, value=value)

    response = client.post(
        post_url(article),
        comment_data(article, **overrides),
        REMOTE_ADDR="203.0.113.77",
    )

    comment = Comment.objects.get()
    assert response.status_code == 302
    assert comment.status == Comment.Status.SPAM
    assert comment.flag == f"blocklist: {entry}"
    assert "Your comment is awaiting moderation." in page_text(client, article)


def test_blocklisted_words_match_whole_words_only(client, article):
    BlocklistEntry.objects.create(kind="word", value="ass")

    client.post(post_url(article), comment_data(article, text="A class act."))

    assert Comment.objects.get().status == Comment.Status.PENDING


@pytest.mark.parametrize(
    ("kind", "value", "message"),
    [
        ("ip", "300.1.1.1", "Enter an IP address"),
        ("email", "not-an-address", "Enter an email address"),
    ],
)
def test_a_blocklist_entry_must_make_sense(kind, value, message):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match=message):
        BlocklistEntry(kind=kind, value=value).full_clean()


def test_known_commenters_can_be_approved_automatically(client, article, settings):
    settings.COMMENTS_AUTO_APPROVE_KNOWN = True
    CommentFactory(email="ada@example.com", status=Comment.Status.APPROVED)

    response = client.post(
        post_url(article), comment_data(article, email="ADA@example.com")
    )

    comment = Comment.objects.get(article=article)
    assert comment.status == Comment.Status.APPROVED
    assert response["Location"] == f"{article.get_absolute_url()}#comment-{comment.pk}"
    assert "I disagree with the second point." in page_text(Client(), article)


def test_the_journals_own_address_is_no_known_commenter(
    client, article, settings, moderator
):
    """The journal's replies are approved comments under DEFAULT_FROM_EMAIL,
    the From address of every email it sends: a reader who typed it was
    approved at once, past the moderators."""
    from comments.services import reply_as_journal

    settings.COMMENTS_AUTO_APPROVE_KNOWN = True
    settings.DEFAULT_FROM_EMAIL = "desk@journal.example"
    question = CommentFactory(article=article, status=Comment.Status.APPROVED)
    reply_as_journal(parent=question, text="Thank you.", by=moderator)

    response = client.post(
        post_url(article), comment_data(article, email="Desk@journal.example")
    )

    assert response.status_code == 302
    posted = Comment.objects.get(article=article, name="Ada Reader")
    assert posted.status == Comment.Status.PENDING


def test_auto_approval_is_off_by_default_and_never_skips_the_defences(
    client, article, settings
):
    CommentFactory(email="ada@example.com", status=Comment.Status.APPROVED)
    client.post(post_url(article), comment_data(article))
    settings.COMMENTS_AUTO_APPROVE_KNOWN = True
    client.post(
        post_url(article),
        comment_data(article, text="http://a.example http://b.example "
                     "http://c.example http://d.example"),
    )  # fmt: skip

    off, flagged = Comment.objects.filter(article=article).order_by("pk")
    assert off.status == Comment.Status.PENDING
    assert flagged.status == Comment.Status.PENDING


def test_comments_are_plain_text_escaped_and_addresses_are_never_shown(client, article):
    CommentFactory(
        article=article,
        name="<b>Bold</b>",
        email="secret@example.com",
        website="https://reader.example",
        text="<script>alert(1)</script>\n\nSee https://x.example/a?b=1&c=2",
    )

    html = page_text(Client(), article)

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;Bold&lt;/b&gt;" in html
    assert "secret@example.com" not in html
    assert (
        '<a href="https://reader.example" rel="nofollow ugc noopener">'
        "&lt;b&gt;Bold&lt;/b&gt;</a>" in html
    )
    assert (
        '<a href="https://x.example/a?b=1&amp;c=2" rel="nofollow ugc noopener">' in html
    )
    assert "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>" in html


def test_the_heading_counts_approved_comments_only(client, article):
    CommentFactory.create_batch(2, article=article)
    for status in ["pending", "spam", "removed"]:
        CommentFactory(article=article, status=status, text=f"Hidden {status}.")

    html = page_text(client, article)

    assert ">2 comments</h2>" in html
    assert "Hidden" not in html


def test_the_form_is_protected_against_cross_site_posting(article):
    browser = Client(enforce_csrf_checks=True)

    response = browser.post(post_url(article), comment_data(article))

    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_a_comment_refused_for_a_missing_cookie_is_shown_back(article):
    # A reader whose browser lost its CSRF cookie (blocked, or cleared while
    # the page was open) sees what to do and keeps the words typed.
    browser = Client(enforce_csrf_checks=True)
    data = comment_data(article, text="My <b>long</b> reply,\nin two lines.")

    response = browser.post(
        post_url(article),
        data,
        HTTP_REFERER=f"http://testserver{article.get_absolute_url()}",
    )

    html = response.content.decode()
    assert response.status_code == 403
    assert "Your form was not sent" in html
    assert "My &lt;b&gt;long&lt;/b&gt; reply,\nin two lines.</textarea>" in html
    assert ">Ada Reader</textarea>" in html
    assert data["token"] not in html
    assert f'<a href="http://testserver{article.get_absolute_url()}">' in html
    assert "csrftoken" in response.cookies  # sending again from a reload works
    assert response["Cache-Control"].startswith("max-age=0, no-cache")


def test_unpublished_articles_take_no_comments(client):
    draft = ArticleFactory(draft=True)

    response = client.post(post_url(draft), comment_data(draft))

    assert response.status_code == 404
    assert not Comment.objects.exists()


def test_an_article_closed_by_its_flag_says_so_instead_of_the_form(client):
    article = ArticleFactory(allow_comments=False)
    CommentFactory(article=article, text="From before closing.")

    html = page_text(client, article)
    response = client.post(post_url(article), comment_data(article))

    assert "Comments are closed on this article." in html
    assert "From before closing." in html
    assert 'class="comment-form"' not in html
    assert "/comments/reply/" not in html
    assert response.status_code == 403
    assert "Comments are closed" in response.content.decode()
    assert Comment.objects.count() == 1


def test_comments_close_automatically_after_the_configured_days(client, settings):
    settings.COMMENTS_CLOSE_AFTER_DAYS = 30
    old = ArticleFactory(publish_at=timezone.now() - timedelta(days=31))
    recent = ArticleFactory(publish_at=timezone.now() - timedelta(days=29))

    assert "Comments are closed on this article." in page_text(client, old)
    assert 'class="comment-form"' in page_text(client, recent)
    assert client.post(post_url(old), comment_data(old)).status_code == 403
    assert client.post(post_url(recent), comment_data(recent)).status_code == 302


def test_the_state_says_whether_comments_are_still_open(client, article, settings):
    """A page cached while comments were open learns there that they closed."""
    state_url = f"/comments/{article.slug}/state/"
    assert client.get(state_url).json()["open"] is True

    settings.COMMENTS_CLOSE_AFTER_DAYS = 0  # closed from publication: now

    assert client.get(state_url).json()["open"] is False


def test_a_name_is_kept_on_one_line(client, article):
    client.post(
        post_url(article), comment_data(article, name="Ada\r\nBcc: x@example.com\t ")
    )

    assert Comment.objects.get().name == "Ada Bcc: x@example.com"

"""Reader pages through a real Varnish (deploy/varnish/journal.vcl), purged by key.

Skipped where varnishd is not installed; .ci/run installs it.
"""

import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.contrib.redirects.models import Redirect
from django.utils import timezone

from articles.models import Article
from comments.models import Comment
from comments.services import moderate_comments
from tests.factories import ArticleFactory, CommentFactory
from thinktank.pagecache import PURGE_AGAIN_SECONDS
from thinktank.tasks import purge_shared_cache

VCL = Path(__file__).resolve().parent.parent / "deploy" / "varnish" / "journal.vcl"

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not shutil.which("varnishd"), reason="varnishd not installed"),
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_varnishd(backend_port):
    """A varnishd with the journal's VCL in front of `backend_port`; (its
    address, a function that stops it)."""
    port = free_port()
    workdir = Path(tempfile.mkdtemp(prefix="journal-varnish-"))
    workdir.chmod(0o755)  # varnishd reads the VCL as its own unprivileged user
    vcl = workdir / "journal.vcl"
    vcl.write_text(
        VCL.read_text().replace('.port = "8000"', f'.port = "{backend_port}"')
    )
    process = subprocess.Popen(
        [
            "varnishd",
            "-F",
            "-f",
            str(vcl),
            "-n",
            str(workdir / "n"),
            "-a",
            f"127.0.0.1:{port}",
            "-s",
            "malloc,32m",
            "-T",
            "none",
        ],  # fmt: skip
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)

    def stop():
        process.terminate()
        process.wait(10)
        shutil.rmtree(workdir, ignore_errors=True)

    return f"http://127.0.0.1:{port}", stop


@pytest.fixture(scope="module")
def varnishd(live_server):
    """A varnishd in front of the live server; its address."""
    url, stop = start_varnishd(live_server.url.rsplit(":", 1)[1])
    yield url
    stop()


@pytest.fixture
def varnish(varnishd, settings):
    """Varnish, emptied, told of the journal's purges."""
    settings.PAGE_CACHE_SECONDS = 600
    settings.SHARED_CACHE_BACKENDS = [
        {"BACKEND": "thinktank.purge.VarnishBackend", "OPTIONS": {"urls": [varnishd]}}
    ]
    purge_shared_cache.call(["site"])
    # Between tests the database is closed to the live server, so the health
    # probe may have marked the site down: wait until it sees it up again.
    for _ in range(100):
        try:
            fetch(varnishd + "/health/")
            break
        except urllib.error.HTTPError:
            time.sleep(0.1)
    return varnishd


def fetch(url, cookie=None):
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers, response.read().decode()


def cached_after_one_visit(url, cookie=None):
    fetch(url)
    headers, body = fetch(url, cookie)
    return headers["X-Cache"] == "HIT", body


def test_reader_pages_are_served_by_varnish_whatever_cookies_readers_carry(varnish):
    article = ArticleFactory(title="Ports and power")
    url = varnish + article.get_absolute_url()
    for cookie in [
        None,
        "cookie_consent=functional=2026-01-01|analytics=-1",
        "csrftoken=abc; comment_author=signed",
    ]:
        hit, body = cached_after_one_visit(url, cookie)
        assert hit, cookie
        assert "Ports and power" in body
    headers, _ = fetch(url)
    assert "xkey" not in headers
    assert "public" in headers["Cache-Control"]


def test_signed_in_staff_always_reach_django(varnish):
    article = ArticleFactory()
    url = varnish + article.get_absolute_url()
    fetch(url)
    headers, _ = fetch(url, cookie="sessionid=whatever")
    assert headers["X-Cache"] == "MISS"


def test_tracking_parameters_share_one_copy(varnish):
    article = ArticleFactory()
    url = varnish + article.get_absolute_url()
    fetch(url)
    headers, _ = fetch(url + "?utm_source=newsletter&fbclid=xyz")
    assert headers["X-Cache"] == "HIT"


def test_an_old_address_keeps_its_tracking_parameters_through_varnish(varnish):
    # Varnish drops them for its lookup only: the journal's redirect keeps them,
    # as docs/wordpress.md says, so analytics attribute the visit.
    article = ArticleFactory()
    Redirect.objects.create(
        site_id=1, old_path="/2024/03/01/old-slug/", new_path=article.get_absolute_url()
    )
    request = urllib.request.Request(
        varnish + "/2024/03/01/old-slug/?utm_source=newsletter&fbclid=xyz",
        headers={"x-journal-url": "/feed/"},  # a reader's own: ignored
    )
    with pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.build_opener(NoRedirects).open(request, timeout=10)
    assert answer.value.code == 301
    assert answer.value.headers["Location"] == (
        article.get_absolute_url() + "?utm_source=newsletter&fbclid=xyz"
    )


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def test_an_edit_shows_at_once_and_unrelated_pages_stay_cached(varnish):
    ArticleFactory.create_batch(7, tags=["forestry"])  # the latest stories
    edited = ArticleFactory.create(title="Original headline", tags=["ports"])
    ArticleFactory.create_batch(7, tags=["forestry"])  # push it out of "latest"
    unrelated = ArticleFactory(title="Unrelated", tags=["farming"])
    edited_url = varnish + edited.get_absolute_url()
    unrelated_url = varnish + unrelated.get_absolute_url()
    assert cached_after_one_visit(edited_url)[0]
    assert cached_after_one_visit(unrelated_url)[0]

    edited.title = "Corrected headline"
    edited.save()

    headers, body = fetch(edited_url)
    assert headers["X-Cache"] == "MISS"
    assert "Corrected headline" in body
    assert fetch(unrelated_url)[0]["X-Cache"] == "HIT"


def test_a_page_rendered_while_an_edit_commits_is_purged_again(
    varnish, database_tasks, run_worker, time_machine
):
    """A reader's request reads the article just before an edit commits; its
    page reaches Varnish just after the edit's purge: Varnish keeps the old
    words. The purge sent again PURGE_AGAIN_SECONDS later removes them.
    (The old words are put back for that one request with update(), which
    purges nothing, to stand in for the request that read them in time.)"""
    time_machine.move_to(timezone.now())  # ticking on, shifted below
    article = ArticleFactory(title="Original headline")
    url = varnish + article.get_absolute_url()
    time_machine.shift(PURGE_AGAIN_SECONDS + 1)
    run_worker()  # the creation's purges
    article.title = "Corrected headline"
    article.save()
    as_before = Article.objects.filter(pk=article.pk)

    run_worker()  # the edit's first purge, at once
    as_before.update(title="Original headline")
    fetch(url)  # the page rendered in the race, kept by Varnish
    as_before.update(title="Corrected headline")
    stale = fetch(url)
    time_machine.shift(PURGE_AGAIN_SECONDS + 1)
    run_worker()  # the second purge, due now

    assert stale[0]["X-Cache"] == "HIT"
    assert "Original headline" in stale[1]
    assert "Corrected headline" in fetch(url)[1]


def test_a_publication_shows_on_the_home_page_at_once(varnish):
    ArticleFactory(title="Already out")
    assert cached_after_one_visit(varnish + "/")[0]
    ArticleFactory(title="Fresh from the desk")
    assert "Fresh from the desk" in fetch(varnish + "/")[1]


def test_an_approved_comment_shows_at_once(varnish, django_user_model):
    moderator = django_user_model.objects.create_user("mod", is_staff=True)
    article = ArticleFactory()
    comment = CommentFactory(article=article, status="pending", text="Well argued.")
    url = varnish + article.get_absolute_url()
    hit, body = cached_after_one_visit(url)
    assert hit and "Well argued." not in body
    moderate_comments(
        comments=Comment.objects.filter(pk=comment.pk),
        decision="approved",
        by=moderator,
    )
    assert "Well argued." in fetch(url)[1]


def test_a_purge_says_how_many_pages_it_removed(varnish):
    request = urllib.request.Request(
        varnish + "/", method="PURGE", headers={"xkey-purge": "site"}
    )
    with urllib.request.urlopen(request, timeout=5) as response:
        assert re.search(r"Purged \d+", response.read().decode())


def test_a_page_that_fails_is_served_from_its_stale_copy(
    varnish, live_server, settings, monkeypatch
):
    """While the site answers its health check, Varnish serves a copy at most
    10 s past its lifetime (fetching a new one behind it); older, it asks
    Django, and on a 5xx it restarts the request and serves the copy it
    still keeps for stale-if-error."""
    settings.PAGE_CACHE_SECONDS = 1
    article = ArticleFactory(title="Kept through an outage")
    url = varnish + article.get_absolute_url()
    for _ in range(50):  # until Varnish's health probe has seen the site up
        try:
            assert "Kept through an outage" in fetch(url)[1]
            break
        except urllib.error.HTTPError as error:
            assert error.code == 503
            time.sleep(0.2)

    def broken(*args, **kwargs):
        raise RuntimeError("the article page is broken")

    monkeypatch.setattr("articles.views.ArticleDetailView.get_context_data", broken)
    with pytest.raises(urllib.error.HTTPError) as failure:  # Django itself fails
        fetch(live_server.url + article.get_absolute_url())
    assert failure.value.code == 500

    time.sleep(2)  # past its lifetime, within the 10 s of grace
    headers, body = fetch(url)
    assert "Kept through an outage" in body
    time.sleep(10)  # past the grace too: Django is asked, fails, the copy is served
    headers, body = fetch(url)
    assert "Kept through an outage" in body
    assert headers["X-Cache"] == "HIT"


def test_a_journal_out_of_reach_gets_the_journals_own_words():
    url, stop = start_varnishd(free_port())  # nothing listens there
    try:
        with pytest.raises(urllib.error.HTTPError) as failure:
            fetch(url + "/articles/anything/")
    finally:
        stop()
    error = failure.value
    assert error.code == 503
    assert error.headers["Retry-After"] == "30"
    assert "no-store" in error.headers["Cache-Control"]
    page = error.read().decode()
    assert "The journal is back in a moment" in page
    assert "Guru Meditation" not in page


def test_the_release_step_empties_varnish(varnish, capsys):
    from django.core.management import call_command

    url = varnish + ArticleFactory().get_absolute_url()
    assert cached_after_one_visit(url)[0]
    assert cached_after_one_visit(varnish + "/")[0]

    call_command("purge_pages")

    assert fetch(url)[0]["X-Cache"] == "MISS"
    assert fetch(varnish + "/")[0]["X-Cache"] == "MISS"
    assert "Purged site, here and in front." in capsys.readouterr().out

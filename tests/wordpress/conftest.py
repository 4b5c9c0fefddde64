import io
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.conftest import image_bytes

FIXTURES = Path(__file__).parent / "fixtures"
SITE = FIXTURES / "site.xml"


@pytest.fixture
def media_dir(tmp_path):
    """A copy of the old site's wp-content/uploads: the one picture the
    fixture's posts use (the block post's picture is missing on purpose)."""
    folder = tmp_path / "uploads"
    (folder / "2024" / "03").mkdir(parents=True)
    (folder / "2024" / "03" / "harbour-dawn.jpg").write_bytes(
        image_bytes(size=(640, 480))
    )
    return folder


def run_import(path=SITE, *args):
    """Run the command; return (its report on stdout, the progress on stderr)."""
    out, err = io.StringIO(), io.StringIO()
    call_command("import_wordpress", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def variant(tmp_path, replacements, source=SITE, name="variant.xml"):
    """A copy of a fixture with some text replaced (a newer export, say)."""
    text = source.read_text()
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text)
    return path


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture
def live_server_url_for_uploads(media_dir):
    """The old site's uploads served over HTTP on 127.0.0.1, on a free port
    (two test runs at once must not meet)."""
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(QuietHandler, directory=str(media_dir))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()

from urllib.parse import urlsplit

from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from articles.models import Article
from comments.spam import client_sender

from .services import first_read_lately, is_bot, record_read


def from_another_site(request):
    """Whether a browser sent this request from a page of another site (its
    Origin names another host, or is "null"). Browsers name the origin of
    every POST; a page elsewhere could otherwise have each of its visitors'
    browsers count reads of an article they never saw."""
    origin = request.headers.get("Origin")
    return origin is not None and urlsplit(origin).netloc != request.get_host()


@csrf_exempt  # no session, no reader, nothing to forge: a count goes up by one
@never_cache
@require_POST
def read(request, pk):
    """The beacon a reader's browser sends once it shows an article.

    Counted per article per day, without cookies or personal data stored;
    robots, other sites' pages, unpublished articles and a reader's reads of
    the same article within the hour after their first are ignored. Always
    204, so nothing is learned by probing.
    """
    human = not is_bot(request.headers.get("User-Agent", ""))
    if (
        human
        and not from_another_site(request)
        and Article.objects.published().filter(pk=pk).exists()
        and first_read_lately(article_id=pk, sender=client_sender(request))
    ):
        record_read(article_id=pk)
    return HttpResponse(status=204)

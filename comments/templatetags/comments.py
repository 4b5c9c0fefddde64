import re

from django import template
from django.template.defaultfilters import linebreaks_filter
from django.utils.html import Urlizer, conditional_escape
from django.utils.safestring import mark_safe

from comments.models import Comment, comment_page_url

register = template.Library()

# Readers' links are theirs, not the journal's: no endorsement, no referrer
# window handle, and search engines are told the content is user-generated.
COMMENT_LINK_REL = "nofollow ugc noopener"
URL_DISPLAY_LIMIT = 60


class _CommentUrlizer(Urlizer):
    url_template = f'<a href="{{href}}" rel="{COMMENT_LINK_REL}">{{url}}</a>'


_urlize = _CommentUrlizer()
# Every address Urlizer links contains one of these (it links http(s)://,
# www., the seven original gTLDs and email addresses). Most comments have
# none, and escaping them directly is ~10 times cheaper than looking at each word.
_MAY_LINK = re.compile(
    r"https?://|www\.|@|\.(?:com|edu|gov|int|mil|net|org)", re.IGNORECASE
)


def urlize_comment(text):
    """Escape `text` and turn its web and email addresses into reader links."""
    text = str(text)
    if not _MAY_LINK.search(text):
        return conditional_escape(text)
    return mark_safe(_urlize(text, trim_url_limit=URL_DISPLAY_LIMIT, autoescape=True))


@register.filter(is_safe=True)
def comment_html(text):
    """A published comment: escaped, paragraphs and line breaks kept, links live."""
    return linebreaks_filter(urlize_comment(text))


@register.simple_tag
def pending_comment_count():
    """How many comments wait in the moderators' queue."""
    return Comment.objects.pending().count()


@register.simple_tag(name="comment_page_url")
def comment_page_url_tag(article, number):
    """The address of page `number` of `article`'s comments."""
    return comment_page_url(article, number)

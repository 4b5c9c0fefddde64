import re

from django import template
from django.template.defaultfilters import linebreaks_filter
from django.utils import timezone
from django.utils.html import Urlizer, conditional_escape, format_html
from django.utils.safestring import mark_safe

from articles.metadata import iso
from comments.models import Comment
from thinktank.links import cached_reverse
from thinktank.templatetags.dates import long_datetime

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


@register.filter(is_safe=True)
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
def comment_thread(comments):
    """The markup of `comments` (as `build_thread` nests them) and their replies.

    Built here rather than by including a template once a comment: through the
    template engine each comment cost ~0.4 ms, the article page's largest
    single cost, against ~0.1 ms here. format_html escapes everything readers
    wrote; only the comment text is marked up (escaped first, then linked).
    """
    return mark_safe("".join(_comment(comment) for comment in comments))


def _comment(comment):
    awaiting = comment.awaiting
    name = comment.name
    if awaiting:
        opening = format_html(
            '<li class="comment comment--pending"{}>',
            mark_safe(' id="your-comment" tabindex="-1"')
            if getattr(comment, "is_newest_pending", False)
            else "",
        )
        body = format_html(
            '<p class="comment__awaiting"><strong>Your comment is awaiting '
            "moderation.</strong> Only you can see it until a moderator approves "
            'it.</p>\n<div class="comment__text">{}</div>',
            linebreaks_filter(comment.text),
        )
    else:
        opening = format_html('<li class="comment" id="comment-{}">', comment.pk)
        body = format_html(
            '<div class="comment__text">{}</div>', comment_html(comment.text)
        )
        if comment.can_reply:
            body += format_html(
                '\n<p class="comment__actions"><a class="comment__reply" href="{}" '
                'rel="nofollow" data-reply-to="{}" data-reply-name="{}" '
                'aria-label="Reply to {}">Reply</a></p>',
                cached_reverse("comments:reply", comment.pk),
                comment.pk,
                name,
                name,
            )
    if comment.website and not awaiting:
        author = format_html(
            '<a href="{}" rel="{}">{}</a>', comment.website, COMMENT_LINK_REL, name
        )
    else:
        author = conditional_escape(name)
    replies = (
        format_html(
            '\n<ol class="comment-list comment-list--replies">{}</ol>',
            comment_thread(comment.thread_replies),
        )
        if comment.thread_replies
        else ""
    )
    return format_html(
        '{}\n<article class="comment__card" aria-label="Comment by {}">\n'
        '<header class="comment__meta">\n<p class="comment__author">{}</p>\n'
        '<p class="comment__date"><time datetime="{}">{}</time></p>\n</header>\n'
        "{}\n</article>{}\n</li>",
        opening,
        name,
        author,
        iso(comment.created_at),
        long_datetime(timezone.localtime(comment.created_at)),
        body,
        replies,
    )


@register.simple_tag
def pending_comment_count():
    """How many comments wait in the moderators' queue."""
    return Comment.objects.pending().count()

from django import template
from django.utils import timezone
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from articles.metadata import iso
from thinktank.templatetags.dates import short_date
from thinktank.templatetags.pictures import picture

register = template.Library()

CARD_IMAGE_SIZES = "(min-width: 40rem) 15rem, 100vw"


@register.simple_tag
def byline(authors, link=False):
    """The authors' names as every byline prints them ("A", "A and B", "A, B
    and C"), each a link to the author's page when `link`."""
    names = [
        format_html('<a href="{}">{}</a>', author.get_absolute_url(), author.name)
        if link
        else conditional_escape(author.name)
        for author in authors
    ]
    if len(names) > 1:
        names = [", ".join(names[:-1]), names[-1]]
    return mark_safe(" and ".join(names))


@register.simple_tag
def article_card(article, size="", show_image=False, show_standfirst=False):
    """An article's card in a list: picture, section, title, standfirst, byline,
    date and comment count.

    Built here rather than by a template included once a card: through the
    template engine each card cost ~0.2 ms, and the home page shows about
    thirty. format_html escapes everything an editor wrote.
    """
    url = article.get_absolute_url()
    image = ""
    if show_image and article.hero_image:
        image = format_html(
            '\n  <a class="card__image" href="{}" tabindex="-1" aria-hidden="true">'
            "{}</a>",
            url,
            picture(
                article.hero_image,
                article.hero_width,
                article.hero_height,
                sizes=CARD_IMAGE_SIZES,
            ),
        )
    standfirst = ""
    if show_standfirst:
        standfirst = format_html(
            '\n    <p class="card__standfirst">{}</p>', article.standfirst
        )
    comments = ""
    if count := article.comment_count:
        comments = format_html(
            '\n      <a class="card__comments" href="{}#comments">{} comment{}</a>',
            url,
            count,
            "" if count == 1 else "s",
        )
    return format_html(
        '<article class="card{}">{}\n  <div class="card__text">\n'
        '    <p class="card__kicker"><a href="{}">{}</a></p>\n'
        '    <h3 class="card__title"><a href="{}">{}</a></h3>{}\n'
        '    <p class="card__meta">\n'
        '      <span class="card__byline">By {}</span>\n'
        '      <time datetime="{}">{}</time>{}\n'
        "    </p>\n  </div>\n</article>",
        f" card--{size}" if size else "",
        image,
        article.category.get_absolute_url(),
        article.category.name,
        url,
        article.title,
        standfirst,
        byline(article.byline),
        iso(article.publish_at),
        short_date(timezone.localtime(article.publish_at)),
        comments,
    )

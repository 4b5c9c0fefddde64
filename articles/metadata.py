"""What pages tell search engines, feed readers and link previews.

Addresses are absolute, on settings.SITE_URL, whatever host the request came
in on (thinktank.links.absolute_url). Structured data is built as plain dicts and serialised by
`json_ld_script`, which escapes it for a <script> element.
"""

import json
import re

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from thinktank.links import absolute_url

SCHEMA = "https://schema.org"
HEADLINE_LENGTH = 110  # the most search engines show of a NewsArticle headline

# Inside <script>, "</script>" or "<!--" in a value must not end the element.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


# What XML 1.0 cannot hold and people still type or paste: Word's line break
# in a headline is a vertical tab (\x0b), a pasted form feed ends up in a comment.
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xml_text(text):
    """`text` without the control characters an XML document (a feed, a
    sitemap) cannot carry; Django's feed writer refuses a whole feed for one."""
    return NOT_XML.sub("", text)


def iso(moment):
    return timezone.localtime(moment).isoformat(timespec="seconds")


def json_ld_script(data):
    """`data` as a JSON-LD <script> element, safe to place in any page."""
    text = json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(text)
    )


def organization():
    return {
        "@type": "Organization",
        "name": settings.SITE_NAME,
        "url": absolute_url(reverse("articles:home")),
        "logo": {
            "@type": "ImageObject",
            "url": absolute_url(static(settings.SITE_LOGO)),
        },
    }


def person(author):
    data = {
        "@type": "Person",
        "name": author.name,
        "url": absolute_url(author.get_absolute_url()),
    }
    if author.role:
        data["jobTitle"] = author.role
    if author.photo:
        data["image"] = absolute_url(author.photo.url)
    same_as = [link for link in (author.x_url, author.website) if link]
    if same_as:
        data["sameAs"] = same_as
    return data


def modified_at(article):
    """When the article last changed for readers: when an editor last marked an
    edit as an update or a correction, else when it appeared."""
    return article.revised_at if article.was_updated else article.publish_at


def news_article(article):
    """NewsArticle for an article page (its byline and tags through Article.byline
    and Article.tag_list, which a list of articles reads from its prefetch)."""
    url = absolute_url(article.get_absolute_url())
    data = {
        "@context": SCHEMA,
        "@type": "NewsArticle",
        "headline": Truncator(article.title).chars(HEADLINE_LENGTH),
        "description": article.meta_description,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": iso(article.publish_at),
        "dateModified": iso(modified_at(article)),
        "author": [person(author) for author in article.byline],
        "publisher": organization(),
        "articleSection": article.category.name,
        "keywords": [tag.name for tag in article.tag_list],
        "inLanguage": settings.LANGUAGE_CODE,
        "isAccessibleForFree": True,
    }
    corrections = [
        {
            "@type": "CorrectionComment",
            "text": f"{correction.get_kind_display()}: {correction.note}",
            "datePublished": iso(correction.published_at),
        }
        for correction in article.correction_list
    ]
    if corrections:
        data["correction"] = corrections
    if article.hero_image:
        image = {
            "@type": "ImageObject",
            "url": absolute_url(article.hero_image.url),
            "width": article.hero_width,
            "height": article.hero_height,
        }
        if article.hero_caption:
            image["caption"] = article.hero_caption
        if article.hero_credit:
            image["creditText"] = article.hero_credit
        data["image"] = image
    return data


def breadcrumb_list(categories):
    """BreadcrumbList of the visible breadcrumbs: Home, then `categories`."""
    trail = [("Home", reverse("articles:home"))] + [
        (category.name, category.get_absolute_url()) for category in categories
    ]
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": absolute_url(url),
            }
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def profile(author):
    """Person for an author page."""
    return {
        "@context": SCHEMA,
        **person(author),
        "worksFor": {
            "@type": "Organization",
            "name": settings.SITE_NAME,
            "url": absolute_url(reverse("articles:home")),
        },
    }


def website():
    """WebSite with a SearchAction, for the home page."""
    search = absolute_url(reverse("articles:search"))
    return {
        "@context": SCHEMA,
        "@type": "WebSite",
        "name": settings.SITE_NAME,
        "description": settings.SITE_TAGLINE,
        "url": absolute_url(reverse("articles:home")),
        "publisher": organization(),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": f"{search}?q={{search_term_string}}",
            },
            "query-input": "required name=search_term_string",
        },
    }

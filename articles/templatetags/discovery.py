"""Tags for page metadata: absolute addresses and JSON-LD structured data."""

from django import template

from articles import metadata
from thinktank.links import absolute_url

register = template.Library()


@register.filter
def xml_text(text):
    """`{{ text|xml_text }}`: without the control characters XML cannot carry."""
    return metadata.xml_text(str(text))


@register.filter
def absolute(url):
    """`{{ url|absolute }}`: the address on settings.SITE_URL."""
    return absolute_url(str(url))


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This page's address on settings.SITE_URL; list pages keep their page number."""
    url = absolute_url(context["request"].path)
    page = context.get("page_obj")
    return f"{url}?page={page.number}" if page and page.number > 1 else url


@register.simple_tag
def article_json_ld(article, breadcrumbs):
    """NewsArticle and BreadcrumbList scripts for an article page."""
    return metadata.json_ld_script(
        metadata.news_article(article)
    ) + metadata.json_ld_script(metadata.breadcrumb_list(breadcrumbs))


@register.simple_tag
def breadcrumbs_json_ld(breadcrumbs):
    return metadata.json_ld_script(metadata.breadcrumb_list(breadcrumbs))


@register.simple_tag
def author_json_ld(author):
    return metadata.json_ld_script(metadata.profile(author))


@register.simple_tag
def website_json_ld():
    return metadata.json_ld_script(metadata.website())


register.filter("modified_at", metadata.modified_at)
register.filter("iso", metadata.iso)

"""What the admin's article form posts, for tests that save through it."""

from django.utils import timezone

from articles.models import Byline


def change_form(article, **overrides):
    """The change form of `article` as the admin shows it now (the article is
    read again), with `overrides`."""
    article.refresh_from_db()
    bylines = list(Byline.objects.filter(article=article))
    data = {
        "title": article.title,
        "slug": article.slug,
        "standfirst": article.standfirst,
        "body": article.body,
        "status": article.status,
        "category": article.category_id,
        "tags": ", ".join(article.tags.names()),
        "allow_comments": "on" if article.allow_comments else "",
        "byline_set-TOTAL_FORMS": str(len(bylines)),
        "byline_set-INITIAL_FORMS": str(len(bylines)),
        "byline_set-MIN_NUM_FORMS": "1",
        "byline_set-MAX_NUM_FORMS": "1000",
        "loaded_at": article.updated_at.isoformat(),
        "corrections-TOTAL_FORMS": "0",
        "corrections-INITIAL_FORMS": "0",
        "corrections-MIN_NUM_FORMS": "0",
        "corrections-MAX_NUM_FORMS": "1000",
        "preview_links-TOTAL_FORMS": "0",
        "preview_links-INITIAL_FORMS": "0",
    }
    if article.publish_at:
        when = timezone.localtime(article.publish_at)
        data["publish_at_0"] = when.strftime("%Y-%m-%d")
        data["publish_at_1"] = when.strftime("%H:%M:%S")
    for n, byline in enumerate(bylines):
        data[f"byline_set-{n}-id"] = byline.pk
        data[f"byline_set-{n}-article"] = article.pk
        data[f"byline_set-{n}-author"] = byline.author_id
        data[f"byline_set-{n}-position"] = byline.position
    data.update(overrides)
    return {key: value for key, value in data.items() if value != ""}


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"

"""Tags whose slug the tag pages' route cannot take (an empty one, made for a
tag named "???" before the article form refused such names) get "tag-<id>":
their pages had no address, and every page that linked to them was a 500."""

import re

from django.db import migrations

TAG_SLUG = re.compile(r"^[-\w]+$")  # articles.urls.TagSlugConverter


def give_slugs(apps, schema_editor):
    Tag = apps.get_model("taggit", "Tag")
    for tag in Tag.objects.only("slug").iterator():
        if not TAG_SLUG.match(tag.slug):
            tag.slug = f"tag-{tag.pk}"
            tag.save(update_fields=["slug"])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0021_article_title_idx"),
        (
            "taggit",
            "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx",
        ),
    ]

    operations = [migrations.RunPython(give_slugs, migrations.RunPython.noop)]

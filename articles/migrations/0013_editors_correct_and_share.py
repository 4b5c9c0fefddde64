"""Editors write correction notes and make preview links."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
CODENAMES = [
    f"{action}_{model}"
    for model in ["correction", "previewlink"]
    for action in ["add", "change", "delete", "view"]
]


def editors_permissions(apps):
    config = apps.get_app_config("articles")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    return apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="articles", codename__in=CODENAMES
    )


def grant(apps, schema_editor):
    editors, _ = apps.get_model("auth", "Group").objects.get_or_create(name=EDITORS)
    editors.permissions.add(*editors_permissions(apps))


def revoke(apps, schema_editor):
    for editors in apps.get_model("auth", "Group").objects.filter(name=EDITORS):
        editors.permissions.remove(*editors_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [("articles", "0012_preview_links")]

    operations = [migrations.RunPython(grant, revoke)]

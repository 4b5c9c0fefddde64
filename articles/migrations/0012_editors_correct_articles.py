"""Editors write correction and update notes."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
CODENAMES = [f"{action}_correction" for action in ["add", "change", "delete", "view"]]


def grant(apps, schema_editor):
    config = apps.get_app_config("articles")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="articles", codename__in=CODENAMES
        )
    )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for editors in apps.get_model("auth", "Group").objects.filter(name=EDITORS):
        editors.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="articles", codename__in=CODENAMES
            )
        )


class Migration(migrations.Migration):
    dependencies = [("articles", "0011_corrections")]

    operations = [migrations.RunPython(grant, revoke)]

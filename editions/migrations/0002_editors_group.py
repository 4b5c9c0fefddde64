"""Editors manage editions too."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ["edition", "editionarticle"]
ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    config = apps.get_app_config("editions")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="editions",
            codename__in=[f"{a}_{m}" for a in ACTIONS for m in MODELS],
        )
    )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    group = apps.get_model("auth", "Group").objects.filter(name="Editors").first()
    if group:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="editions")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("editions", "0001_initial"),
        ("articles", "0002_editors_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

"""Editors may write static pages and manage redirects, like the rest of the
newsroom's content."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = {"pages": ["page"], "redirects": ["redirect"]}
ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    for label in MODELS:
        config = apps.get_app_config(label)
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in=MODELS,
            codename__in=[
                f"{action}_{model}"
                for models in MODELS.values()
                for model in models
                for action in ACTIONS
            ],
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        ("redirects", "0002_alter_redirect_new_path_help_text"),
        ("articles", "0002_editors_group"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]

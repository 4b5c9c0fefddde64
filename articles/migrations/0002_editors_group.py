"""Create the "Editors" group with the newsroom's permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
EDITOR_MODELS = {
    "articles": ["article", "byline", "category", "photo", "promoslot"],
    "authors": ["author"],
    "taggit": ["tag", "taggeditem"],
}
ACTIONS = ["add", "change", "delete", "view"]


def ensure_permissions(apps):
    """Permissions normally appear after migrate; the group needs them now."""
    for label in EDITOR_MODELS:
        config = apps.get_app_config(label)
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None


def create_editors(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITORS)
    codenames = [
        f"{action}_{model}"
        for models in EDITOR_MODELS.values()
        for model in models
        for action in ACTIONS
    ]
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in=EDITOR_MODELS, codename__in=codenames
        )
    )


def remove_editors(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("authors", "0001_initial"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors, remove_editors)]

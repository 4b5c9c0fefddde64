"""The "Contributors" group (write and submit for review) and the Editors'
right to publish, schedule and withdraw."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONTRIBUTORS = "Contributors"
EDITORS = "Editors"
CONTRIBUTOR_PERMISSIONS = {
    "articles": [
        "add_article",
        "change_article",
        "view_article",
        "add_byline",
        "change_byline",
        "delete_byline",
        "view_byline",
        "add_photo",
        "view_photo",
        "view_category",
    ],
    "authors": ["view_author"],
    "taggit": ["add_tag", "view_tag"],
}


def ensure_permissions(apps):
    """Permissions normally appear after migrate; the groups need them now."""
    for label in ["articles", "authors", "taggit"]:
        config = apps.get_app_config(label)
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None


def permissions(apps, by_app):
    Permission = apps.get_model("auth", "Permission")
    return [
        permission
        for label, codenames in by_app.items()
        for permission in Permission.objects.filter(
            content_type__app_label=label, codename__in=codenames
        )
    ]


def create_groups(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    contributors, _ = Group.objects.get_or_create(name=CONTRIBUTORS)
    contributors.permissions.add(*permissions(apps, CONTRIBUTOR_PERMISSIONS))
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(*permissions(apps, {"articles": ["publish_article"]}))


def remove_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=CONTRIBUTORS).delete()
    for editors in Group.objects.filter(name=EDITORS):
        editors.permissions.remove(
            *permissions(apps, {"articles": ["publish_article"]})
        )


class Migration(migrations.Migration):
    dependencies = [("articles", "0009_workflow_and_honest_dates")]

    operations = [migrations.RunPython(create_groups, remove_groups)]

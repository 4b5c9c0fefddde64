"""Create the "Moderators" group: view, change and moderate comments, nothing else."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATORS = "Moderators"
CODENAMES = ["view_comment", "change_comment", "moderate_comment"]


def create_moderators(apps, schema_editor):
    # Permissions normally appear after migrate; the group needs them now.
    # (Migrations are frozen history, so this does not import app code.)
    config = apps.get_app_config("comments")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=MODERATORS)
    group.permissions.set(
        Permission.objects.filter(
            content_type__app_label="comments",
            content_type__model="comment",
            codename__in=CODENAMES,
        )
    )


def remove_moderators(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=MODERATORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_moderators, remove_moderators)]

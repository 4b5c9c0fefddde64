"""Let the Moderators group read the moderation log (it is written by the services)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATORS = "Moderators"


def grant(apps, schema_editor):
    # Permissions normally appear after migrate; the group needs this one now.
    config = apps.get_app_config("comments")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=MODERATORS)
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="comments",
            content_type__model="moderationlogentry",
            codename="view_moderationlogentry",
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=MODERATORS):
        group.permissions.remove(
            *Permission.objects.filter(codename="view_moderationlogentry")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0003_moderation_log_staff_replies_queue_indexes"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

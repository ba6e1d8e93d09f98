"""Editors start imports and add feeds (the workspace's import form): those permissions, given to the group."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTED = {"factcheck": ["add_importjob", "add_feed", "change_feed"]}


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; create them now so the group gets them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editor").first()
    if editors is None:
        return
    for app_label, codenames in GRANTED.items():
        editors.permissions.add(
            *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editor").first()
    if editors is None:
        return
    for app_label, codenames in GRANTED.items():
        editors.permissions.remove(
            *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("annotations", "0008_notifications"),
        ("factcheck", "0011_claim_queue_count"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

"""Reviewers and editors may correct claims: the new permission, given to both groups."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; create this one now so the groups get it.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(content_type__app_label="annotations", codename="correct_claim")
    for name in ("Reviewer", "Editor"):
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*permission)


class Migration(migrations.Migration):
    dependencies = [
        ("annotations", "0004_revision_authors_and_text_limits"),
        ("factcheck", "0005_claim_layers_reextraction"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="review",
            options={
                "ordering": ["-updated_at", "-id"],
                "permissions": [
                    ("submit_review", "Can send a review to second review"),
                    ("approve_review", "Can approve a review or return it to its reviewer"),
                    ("publish_review", "Can publish a review and open a correction"),
                    ("assign_review", "Can assign reviews to anyone and reopen dismissed claims"),
                    ("dismiss_review", "Can dismiss a claim as not checkable"),
                    ("correct_claim", "Can correct, split, merge and add claims, their figures and speakers"),
                ],
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]

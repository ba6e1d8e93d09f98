"""Seed the default rating scale and the Reviewer/Editor groups with their permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

DEFAULT_SCALE = {
    "name": "Truth scale",
    "description": "Five numeric ratings from True (5) to False (1), plus two that carry no number.",
    "best_rating": 5,
    "worst_rating": 1,
    "is_default": True,
}
RATINGS = [
    ("true", "True", 5, "The claim is accurate and nothing significant is missing."),
    ("mostly-true", "Mostly true", 4, "Accurate but needs clarification or additional information."),
    ("half-true", "Half true", 3, "Partially accurate but leaves out important details or takes things out of context."),
    ("mostly-false", "Mostly false", 2, "Contains an element of truth but ignores facts that would give a different impression."),
    ("false", "False", 1, "The claim is not accurate."),
    ("unverifiable", "Unverifiable", None, "No reliable evidence either way."),
    ("misleading", "Misleading", None, "Accurate figures used to give a false impression."),
]

# A copy of annotations.roles at the time of writing: migrations must not follow later code changes.
REVIEWER = {
    "factcheck": ["view_article", "view_claim", "view_quantity"],
    "annotations": [
        "view_ratingscale", "view_rating", "view_review", "change_review", "submit_review",
        "dismiss_review", "view_evidence", "add_evidence", "change_evidence", "delete_evidence",
        "view_comment", "add_comment", "view_reviewrevision",
    ],
}
EDITOR = {
    "factcheck": [*REVIEWER["factcheck"], "view_importjob", "view_importitem"],
    "annotations": [
        *REVIEWER["annotations"], "approve_review", "publish_review", "assign_review",
        "add_ratingscale", "change_ratingscale", "delete_ratingscale",
        "add_rating", "change_rating", "delete_rating",
    ],
}


def seed(apps, schema_editor):
    RatingScale = apps.get_model("annotations", "RatingScale")
    Rating = apps.get_model("annotations", "Rating")
    if not RatingScale.objects.filter(is_default=True).exists():
        scale = RatingScale.objects.create(**DEFAULT_SCALE)
        for position, (slug, label, value, description) in enumerate(RATINGS):
            Rating.objects.create(
                scale=scale, slug=slug, label=label, value=value, description=description, position=position
            )

    # Permissions are normally created after all migrations; create them now so the groups get them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, by_app in (("Reviewer", REVIEWER), ("Editor", EDITOR)):
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codenames in by_app.items():
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("annotations", "0001_initial"),
        ("factcheck", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]

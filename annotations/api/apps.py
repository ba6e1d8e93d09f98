from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AnnotationsApiConfig(AppConfig):
    """An app of its own so API clients get an admin page, permissions and their group."""

    name = "annotations.api"
    label = "annotations_api"
    verbose_name = "API clients"

    def ready(self) -> None:
        post_migrate.connect(_ensure_groups, sender=self)


def _ensure_groups(sender, **kwargs) -> None:
    from annotations.api.services import api_groups_ensure

    api_groups_ensure(using=kwargs.get("using", "default"))

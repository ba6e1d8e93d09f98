from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PublishingConfig(AppConfig):
    """Public pages, feeds and webhooks: an app of its own for the webhook tables and permissions."""

    name = "annotations.publishing"
    label = "publishing"
    verbose_name = "Publishing"

    def ready(self) -> None:
        from annotations.defaults import restore_defaults
        from annotations.publishing.webhooks import on_verdict_changed
        from annotations.signals import verdict_changed

        verdict_changed.connect(on_verdict_changed, dispatch_uid="publishing.webhooks")

        # The roles name this app's permissions, which exist only once its own post_migrate has run.
        post_migrate.connect(restore_defaults, sender=self, dispatch_uid="publishing.restore_defaults")

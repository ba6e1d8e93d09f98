from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AnnotationsConfig(AppConfig):
    name = "annotations"
    verbose_name = "Reviews and verdicts"

    def ready(self) -> None:
        import annotations.publishing.checks  # noqa: F401  (registers the deploy checks)
        from annotations.defaults import restore_defaults
        from annotations.selectors import claims_under_review
        from factcheck.layers import register_keeper

        # Re-extraction never deletes or changes what a reviewer works on.
        register_keeper(claims_under_review)

        # After auth's receiver (which creates permissions): apps are connected in INSTALLED_APPS order.
        post_migrate.connect(restore_defaults, sender=self, dispatch_uid="annotations.restore_defaults")

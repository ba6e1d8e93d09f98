from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AnnotationsConfig(AppConfig):
    name = "annotations"
    verbose_name = "Reviews and verdicts"

    def ready(self) -> None:
        from annotations.defaults import restore_defaults

        # After auth's receiver (which creates permissions): apps are connected in INSTALLED_APPS order.
        post_migrate.connect(restore_defaults, sender=self, dispatch_uid="annotations.restore_defaults")

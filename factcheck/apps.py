from django.apps import AppConfig


class FactcheckConfig(AppConfig):
    name = "factcheck"
    verbose_name = "Articles and claims"

    def ready(self) -> None:
        # Bind @shared_task tasks to our Celery app in every process that sets up Django, and register
        # the system checks of the optional models (check-worthiness and matching).
        from factcheck import (
            celery,  # noqa: F401
            checkworthiness,  # noqa: F401
        )
        from factcheck.matching import checks  # noqa: F401

from django.apps import AppConfig


class ScreeningConfig(AppConfig):
    name = "apps.screening"
    label = "screening"
    verbose_name = "CV screening"

    def ready(self) -> None:
        from . import signals  # noqa: F401

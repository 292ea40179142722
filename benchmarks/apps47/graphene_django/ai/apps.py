from django.apps import AppConfig


class AiConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "ai"
    verbose_name = "AI services"

    def ready(self):
        # Warm the cached client factories so the first GraphQL request does not
        # pay for TLS setup. Nothing is sent to the providers here.
        from . import clients

        clients.get_openai_client()
        clients.get_anthropic_client()

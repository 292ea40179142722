from django.core.management.base import BaseCommand

from ...llm import get_anthropic_client, get_cohere_client, get_openai_client, get_together_client


class Command(BaseCommand):
    help = "Check that configured API keys work (lists models, no generation)."

    def handle(self, *args, **options):
        openai_models = [m.id for m in get_openai_client().models.list()]
        self.stdout.write(f"openai: {len(openai_models)} models")
        anthropic_models = get_anthropic_client().models.list(limit=20)
        self.stdout.write(f"anthropic: {[m.id for m in anthropic_models.data]}")
        together_models = get_together_client().models.list()
        self.stdout.write(f"together: {len(together_models)} models")
        cohere_models = get_cohere_client().models.list(endpoint="embed")
        self.stdout.write(f"cohere embed models: {[m.name for m in cohere_models.models]}")

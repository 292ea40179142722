from django.core.management.base import BaseCommand

from ai.clients import get_anthropic_client, get_genai_client, get_openai_client, get_together_client


class Command(BaseCommand):
    help = "Print the models each configured provider exposes (no generation)."

    def handle(self, *args, **options):
        self.stdout.write("OpenAI:")
        for model in get_openai_client().models.list():
            self.stdout.write(f"  {model.id}")
        self.stdout.write("Anthropic:")
        for model in get_anthropic_client().models.list(limit=50):
            self.stdout.write(f"  {model.id}")
        self.stdout.write("Gemini:")
        for model in get_genai_client().models.list():
            self.stdout.write(f"  {model.name}")
        self.stdout.write("Together:")
        for model in get_together_client().models.list():
            self.stdout.write(f"  {model.id}")

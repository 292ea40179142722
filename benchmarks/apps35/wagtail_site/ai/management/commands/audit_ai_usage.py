"""Monthly cost report. Makes no model calls: reads AIUsageRecord and
asks the vendors which models the keys can see."""
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db.models import Count, Sum
from django.utils import timezone

from ai import get_anthropic_client, get_cohere_client, get_openai_client
from ai.models import AIUsageRecord
from ai.services.llm_usage_tracker import calculate_cost


class Command(BaseCommand):
    help = "Summarise AI spend for the last N days and list reachable models."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=30)
        parser.add_argument("--models", action="store_true")

    def handle(self, *args, days, models, **options):
        since = timezone.now() - timedelta(days=days)
        rows = (
            AIUsageRecord.objects.filter(created_at__gte=since)
            .values("provider", "model")
            .annotate(calls=Count("id"), inp=Sum("input_tokens"), out=Sum("output_tokens"))
        )
        total = 0
        for row in rows:
            cost = calculate_cost(row["model"], row["inp"] or 0, row["out"] or 0)
            total += cost
            self.stdout.write(f"{row['provider']:10} {row['model']:32} {row['calls']:6} ${cost:.4f}")
        self.stdout.write(self.style.SUCCESS(f"total ${total:.2f} over {days} days"))

        if models:
            oa = get_openai_client()
            self.stdout.write("openai: " + ", ".join(m.id for m in oa.models.list()))
            an = get_anthropic_client()
            self.stdout.write("anthropic: " + ", ".join(m.id for m in an.models.list()))
            co = get_cohere_client()
            self.stdout.write("cohere: " + ", ".join(m.name for m in co.models.list().models))
            sample = co.tokenize(text="How many tokens is this?", model="command-r")
            self.stdout.write(f"cohere tokenize sample: {len(sample.tokens)} tokens")

from django.core.management.base import BaseCommand
from wagtail.models import Page

from ai.models import GeneratedSummary
from ai.services.summariser import legacy_summarise


class Command(BaseCommand):
    help = "Generate listing summaries for published pages that have none."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=50)
        parser.add_argument("--model", default="gpt-3.5-turbo")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        pages = Page.objects.live().filter(depth__gt=2, ai_summary__isnull=True).specific()[: options["limit"]]
        done = 0
        for page in pages:
            if options["dry_run"]:
                self.stdout.write(f"would summarise {page.pk} {page.title}")
                continue
            summary = legacy_summarise(page, model=options["model"])
            GeneratedSummary.objects.create(page=page, summary=summary, model=options["model"])
            done += 1
        self.stdout.write(self.style.SUCCESS(f"summarised {done} pages"))

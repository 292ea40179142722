from concurrent.futures import ThreadPoolExecutor, as_completed

from django.apps import apps
from django.core.management.base import BaseCommand
from django.utils import timezone

from ai.seo import clean_description
from ai.prompts import seo_messages
from ai.summaries import SummaryService
from ai.tasks import generate_summary_task, page_text


class Command(BaseCommand):
    help = "Backfill AI summaries and meta descriptions for existing pages."

    def add_arguments(self, parser):
        parser.add_argument("--language", default="en")
        parser.add_argument("--limit", type=int, default=0)
        parser.add_argument("--async", action="store_true", dest="use_celery",
                            help="queue Celery tasks instead of running inline")
        parser.add_argument("--seo", action="store_true", help="also fill empty meta descriptions")
        parser.add_argument("--workers", type=int, default=4)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **opts):
        from content.models import AISummaryPluginModel

        qs = AISummaryPluginModel.objects.filter(summary="").order_by("pk")
        if opts["limit"]:
            qs = qs[: opts["limit"]]

        cfg = apps.get_app_config("ai")
        service = SummaryService(client=cfg.anthropic, fallback=cfg.openai)
        done = 0
        for plugin in qs.iterator():
            if opts["dry_run"]:
                self.stdout.write(f"would summarise plugin {plugin.pk}")
                continue
            if opts["use_celery"]:
                generate_summary_task.delay(plugin.pk)
            else:
                plugin.summary = service.summarize(plugin.source_title(), plugin.collect_source_html(), plugin.sentences)
                plugin.generated_at = timezone.now()
                plugin.save(update_fields=["summary", "generated_at"])
            done += 1
        self.stdout.write(self.style.SUCCESS(f"{done} summaries processed"))

        if opts["seo"]:
            self._backfill_seo(cfg.deepseek, opts["language"], opts["workers"], opts["dry_run"])

    def _backfill_seo(self, client, language, workers, dry_run):
        from cms.models import Page, Title

        titles = Title.objects.filter(language=language, meta_description__in=["", None],
                                      publisher_is_draft=False).select_related("page")
        jobs = {}
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for title in titles:
                if dry_run:
                    continue
                body = page_text(title.page, language)
                fut = pool.submit(
                    client.chat.completions.create,
                    model="deepseek-chat",
                    messages=seo_messages(title.title, body, language),
                    max_tokens=120,
                )
                jobs[fut] = title
            for fut in as_completed(jobs):
                title = jobs[fut]
                try:
                    resp = fut.result()
                except Exception as exc:  # keep going, report at the end
                    self.stderr.write(f"page {title.page_id}: {exc}")
                    continue
                title.meta_description = clean_description(resp.choices[0].message.content)
                title.save(update_fields=["meta_description"])
        self.stdout.write(self.style.SUCCESS(f"{len(jobs)} meta descriptions requested"))

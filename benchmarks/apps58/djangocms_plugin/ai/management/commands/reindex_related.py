import time

from cms.models import Page
from django.core.management.base import BaseCommand, CommandError

from ai import get_voyage
from ai.embeddings import content_hash
from ai.models import PageEmbedding
from ai.tasks import page_text

BATCH = 64


class Command(BaseCommand):
    help = "Recompute Voyage embeddings for all published pages (RelatedPagesPlugin)."

    def add_arguments(self, parser):
        parser.add_argument("--language", action="append", dest="languages")
        parser.add_argument("--model", default="voyage-3")
        parser.add_argument("--force", action="store_true")

    def handle(self, *args, **opts):
        languages = opts["languages"] or ["en"]
        vo = get_voyage()
        if vo is None:
            raise CommandError("Voyage client not configured")
        model = opts["model"]
        pages = list(Page.objects.public().published())
        for language in languages:
            pending = []
            for page in pages:
                text = page_text(page, language)
                if not text:
                    continue
                digest = content_hash(text)
                if not opts["force"] and PageEmbedding.objects.filter(
                        page=page, language=language, model=model, content_hash=digest).exists():
                    continue
                pending.append((page, text, digest))

            for start in range(0, len(pending), BATCH):
                chunk = pending[start:start + BATCH]
                result = vo.embed([t for _, t, _ in chunk], model=model, input_type="document")
                for (page, _, digest), vector in zip(chunk, result.embeddings):
                    PageEmbedding.objects.update_or_create(
                        page=page, language=language, model=model,
                        defaults={"vector": vector, "content_hash": digest},
                    )
                self.stdout.write(f"[{language}] {start + len(chunk)}/{len(pending)} ({result.total_tokens} tokens)")
                time.sleep(0.5)
        self.stdout.write(self.style.SUCCESS("done"))

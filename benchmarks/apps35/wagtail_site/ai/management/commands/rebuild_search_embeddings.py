import time
from concurrent.futures import ThreadPoolExecutor, as_completed

from django.core.management.base import BaseCommand
from wagtail.models import Page

from search.embeddings import MistralEmbeddings, OpenAIEmbeddings
from search.indexing import index_page


class Command(BaseCommand):
    help = "Re-embed every live page into PageChunk."

    def add_arguments(self, parser):
        parser.add_argument("--backend", choices=["openai", "mistral"], default="openai")
        parser.add_argument("--workers", type=int, default=4)
        parser.add_argument("--since", help="only pages edited since YYYY-MM-DD")

    def handle(self, *args, backend, workers, since, **options):
        emb = OpenAIEmbeddings() if backend == "openai" else MistralEmbeddings()
        pages = Page.objects.live().filter(depth__gt=1)
        if since:
            pages = pages.filter(last_published_at__date__gte=since)
        started = time.monotonic()
        total = 0
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(index_page, p, emb): p for p in pages.iterator()}
            for fut in as_completed(futures):
                page = futures[fut]
                try:
                    n = fut.result()
                    total += n
                    self.stdout.write(f"{page.pk:6} {n:3} chunks  {page.title[:60]}")
                except Exception as exc:  # keep going
                    self.stderr.write(f"{page.pk}: {exc}")
        self.stdout.write(self.style.SUCCESS(f"{total} chunks in {time.monotonic() - started:.1f}s"))

from django.conf import settings
from django.core.management.base import BaseCommand

from ai.clients import get_voyage_client
from articles.models import Article, ArticleChunk
from articles.utils import chunk_text


class Command(BaseCommand):
    help = "Embed article chunks that have no embedding yet (Voyage)."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=64)
        parser.add_argument("--dry-run", action="store_true")
        parser.add_argument("--rechunk", action="store_true")

    def handle(self, *args, **options):
        vo = get_voyage_client()
        if options["rechunk"]:
            self._rechunk()

        pending = ArticleChunk.objects.filter(embedding=None).order_by("pk")
        total = pending.count()
        self.stdout.write(f"{total} chunks to embed")
        if options["dry_run"]:
            texts = list(pending.values_list("text", flat=True)[:1000])
            tokens = vo.count_tokens(texts, model=settings.EMBEDDING_MODEL)
            self.stdout.write(f"~{tokens} tokens in the first {len(texts)} chunks")
            return

        size = options["batch_size"]
        done = 0
        while True:
            batch = list(pending[:size])
            if not batch:
                break
            result = vo.embed(
                [c.text for c in batch], model=settings.EMBEDDING_MODEL, input_type="document"
            )
            for chunk, vector in zip(batch, result.embeddings):
                chunk.embedding = vector
                chunk.embedding_model = settings.EMBEDDING_MODEL
            ArticleChunk.objects.bulk_update(batch, ["embedding", "embedding_model"])
            done += len(batch)
            self.stdout.write(f"  {done}/{total} ({result.total_tokens} tokens)")
        self.stdout.write(self.style.SUCCESS("done"))

    def _rechunk(self):
        for article in Article.objects.filter(status=Article.Status.PUBLISHED).iterator():
            ArticleChunk.objects.filter(article=article).delete()
            ArticleChunk.objects.bulk_create(
                ArticleChunk(article=article, position=i, text=t)
                for i, t in enumerate(chunk_text(article.body))
            )

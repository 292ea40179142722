"""Rebuild KB chunks and (re)compute embeddings.

    ./manage.py reindex_kb --all
    ./manage.py reindex_kb --article getting-started --model text-embedding-3-large
"""
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from openai import OpenAI

from helpdesk.knowledge import rebuild_chunks
from helpdesk.models import ArticleChunk, KnowledgeArticle
from helpdesk.services.embeddings import embed_multilingual


class Command(BaseCommand):
    help = "Re-chunk knowledge base articles and compute embeddings."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true")
        parser.add_argument("--article", help="slug of a single article")
        parser.add_argument("--model", default=None)
        parser.add_argument("--batch-size", type=int, default=64)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **opts):
        if opts["article"]:
            articles = KnowledgeArticle.objects.filter(slug=opts["article"])
        elif opts["all"]:
            articles = KnowledgeArticle.objects.filter(published=True)
        else:
            raise CommandError("Pass --all or --article SLUG")

        model = opts["model"] or settings.HELPDESK_LLM["EMBEDDING_MODEL"]
        client = OpenAI(api_key=settings.OPENAI_API_KEY, max_retries=5)
        total = 0
        for article in articles:
            n = rebuild_chunks(article)
            self.stdout.write(f"{article.slug}: {n} chunks")
            if opts["dry_run"]:
                continue
            chunks = list(article.chunks.all())
            if article.locale != "en":
                vectors = embed_multilingual([c.text for c in chunks])
                for c, v in zip(chunks, vectors):
                    c.embedding, c.embedding_model = v, "text-embedding-004"
                ArticleChunk.objects.bulk_update(chunks, ["embedding", "embedding_model"])
                total += len(chunks)
                continue
            bs = opts["batch_size"]
            for i in range(0, len(chunks), bs):
                batch = chunks[i : i + bs]
                resp = client.embeddings.create(model=model, input=[c.text for c in batch])
                for c, d in zip(batch, resp.data):
                    c.embedding = d.embedding
                    c.embedding_model = model
                ArticleChunk.objects.bulk_update(batch, ["embedding", "embedding_model"])
                total += len(batch)
        self.stdout.write(self.style.SUCCESS(f"Embedded {total} chunks with {model}"))

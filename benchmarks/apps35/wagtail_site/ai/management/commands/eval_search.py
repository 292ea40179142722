"""Offline relevance check against a hand-labelled query file (JSONL)."""
import json

from django.core.management.base import BaseCommand

from ai.clients import get_cohere_client
from search.embeddings import get_backend
from search.views import _nearest_chunks


class Command(BaseCommand):
    help = "Report hit@k for semantic search with and without rerank."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("-k", type=int, default=5)

    def handle(self, *args, path, k, **options):
        co = get_cohere_client()
        backend = get_backend()
        plain_hits = rerank_hits = n = 0
        with open(path) as fh:
            for line in fh:
                row = json.loads(line)
                n += 1
                chunks = _nearest_chunks(backend.embed_query(row["query"]), 40)
                plain = [c.page_id for c in chunks[:k]]
                plain_hits += int(row["page_id"] in plain)
                rr = co.rerank(model="rerank-v3.5", query=row["query"], documents=[c.text for c in chunks], top_n=k)
                reranked = [chunks[r.index].page_id for r in rr.results]
                rerank_hits += int(row["page_id"] in reranked)
        if n:
            self.stdout.write(f"hit@{k} vector: {plain_hits / n:.2%}  reranked: {rerank_hits / n:.2%}  (n={n})")

"""Title/blurb embeddings for the 'readers also liked' index."""
import json
import logging

import luigi

from enrichment.config import EMBEDDING_MODELS
from enrichment.llm import get_cohere
from enrichment.tasks.base import CatalogueTask, LLMTask
from enrichment.tasks.blurbs import GenerateBlurbs
from enrichment.utils import chunked, jsonl_target, read_jsonl, write_jsonl

log = logging.getLogger("luigi-interface")


class EmbedTitles(LLMTask):
    dimensions = luigi.IntParameter(default=512)

    def requires(self):
        return GenerateBlurbs(run_date=self.run_date, limit=self.limit)

    def output(self):
        return jsonl_target("embeddings", f"{self.provider}_{self.run_date:%Y%m%d}.jsonl")

    @property
    def embedding_model(self):
        return self.model or EMBEDDING_MODELS[self.provider]

    def _embed_batch(self, texts):
        client = self.client
        if self.provider == "openai":
            resp = client.embeddings.create(model=self.embedding_model, input=texts, dimensions=self.dimensions)
            return [d.embedding for d in resp.data]
        if self.provider == "mistral":
            resp = client.embeddings.create(model=self.embedding_model, inputs=texts)
            return [d.embedding for d in resp.data]
        if self.provider == "cohere":
            resp = client.embed(
                texts=texts,
                model=self.embedding_model,
                input_type="search_document",
                embedding_types=["float"],
            )
            return resp.embeddings.float_
        if self.provider == "google":
            resp = client.models.embed_content(
                model=self.embedding_model,
                contents=texts,
                config={"output_dimensionality": self.dimensions},
            )
            return [e.values for e in resp.embeddings]
        if self.provider == "bedrock":
            vectors = []
            for text in texts:  # titan v2 takes one input per request
                raw = client.invoke_model(
                    modelId=self.embedding_model,
                    body=json.dumps({"inputText": text, "dimensions": self.dimensions}),
                    contentType="application/json",
                )
                vectors.append(json.loads(raw["body"].read())["embedding"])
            return vectors
        raise ValueError(f"no embedding support for {self.provider}")

    def run(self):
        out = []
        for batch in chunked(read_jsonl(self.input()), self.batch_size):
            texts = [f"{r['title']}. {r['blurb']}" for r in batch]
            for row, vec in zip(batch, self._embed_batch(texts)):
                out.append({"isbn": row["isbn"], "model": self.embedding_model, "vector": vec})
        write_jsonl(self.output(), out)


def _cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = sum(x * x for x in a) ** 0.5
    nb = sum(y * y for y in b) ** 0.5
    return dot / (na * nb) if na and nb else 0.0


class BuildSimilarityIndex(CatalogueTask):
    """'Readers also liked': top-k neighbours per ISBN.  Pure Python; the
    backlist is ~40k titles so this runs in a few minutes on a worker."""

    provider = luigi.Parameter(default="openai")
    k = luigi.IntParameter(default=8)

    def requires(self):
        return EmbedTitles(run_date=self.run_date, provider=self.provider, limit=self.limit)

    def output(self):
        return jsonl_target("embeddings", f"neighbours_{self.provider}_{self.run_date:%Y%m%d}.jsonl")

    def run(self):
        rows = list(read_jsonl(self.input()))
        out = []
        for i, row in enumerate(rows):
            scored = []
            for j, other in enumerate(rows):
                if i == j:
                    continue
                scored.append((_cosine(row["vector"], other["vector"]), other["isbn"]))
            scored.sort(reverse=True)
            out.append({"isbn": row["isbn"], "neighbours": [isbn for _, isbn in scored[: self.k]]})
            if i % 500 == 0:
                self.set_progress_percentage(int(100 * i / max(len(rows), 1)))
        write_jsonl(self.output(), out)


class EmbedSearchQueries(CatalogueTask):
    """Embed the top site-search queries so merchandising can map them to titles."""

    queries_path = luigi.Parameter(default="/srv/backlist/search/top_queries.txt")
    model = luigi.Parameter(default="embed-english-v3.0")

    def output(self):
        return jsonl_target("embeddings", f"queries_{self.run_date:%Y%m%d}.jsonl")

    def run(self):
        with open(self.queries_path, encoding="utf-8") as fh:
            queries = [q.strip() for q in fh if q.strip()]
        co = get_cohere()
        out = []
        for batch in chunked(queries, 96):
            resp = co.embed(texts=batch, model=self.model, input_type="search_query", embedding_types=["float"])
            for q, vec in zip(batch, resp.embeddings.float_):
                out.append({"query": q, "vector": vec})
        write_jsonl(self.output(), out)

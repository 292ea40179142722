"""Embedding transforms.

Cohere is the production embedder (multilingual model for non-English sources).
Voyage is being evaluated as a replacement and uses Beam's batched DoFn API.
OpenAI embeddings are only used for the title-similarity dedupe experiment.
"""
from __future__ import annotations

import logging
from typing import Callable, Iterator, List, Optional

import apache_beam as beam
import voyageai
from apache_beam.metrics import Metrics

from newsenrich import config
from newsenrich.clients import pool
from newsenrich.schema import Article
from newsenrich.textutils import truncate

_LOG = logging.getLogger(__name__)


class CohereEmbedBatchDoFn(beam.DoFn):
    """Expects lists of Articles (use after ``beam.BatchElements``)."""

    def __init__(self, model: str = config.COHERE_EMBED_MODEL, multilingual_model: str = config.COHERE_MULTILINGUAL_EMBED_MODEL):
        self._model = model
        self._multilingual_model = multilingual_model
        self._co = None
        self.embedded = Metrics.counter(self.__class__, "embedded")
        self.billed = Metrics.counter(self.__class__, "billed_input_tokens")

    def setup(self):
        self._co = pool.get_cohere()

    def _embed(self, texts: List[str], model: str) -> List[List[float]]:
        resp = self._co.embed(
            texts=texts,
            model=model,
            input_type="search_document",
            embedding_types=["float"],
            truncate="END",
        )
        if resp.meta and resp.meta.billed_units and resp.meta.billed_units.input_tokens:
            self.billed.inc(int(resp.meta.billed_units.input_tokens))
        return resp.embeddings.float_

    def process(self, batch: List[Article]) -> Iterator[Article]:
        english = [a for a in batch if a.language == "en"]
        other = [a for a in batch if a.language != "en"]
        for group, model in ((english, self._model), (other, self._multilingual_model)):
            if not group:
                continue
            vectors = self._embed([truncate(a.text_for_model(2000), 2048) for a in group], model)
            for article, vec in zip(group, vectors):
                article.embedding = vec
                article.extras["embed_model"] = model
                self.embedded.inc()
                yield article


class VoyageEmbedDoFn(beam.DoFn):
    """Batched DoFn: Beam hands us List[str] batches directly."""

    def __init__(self, model: str = config.VOYAGE_EMBED_MODEL, max_batch_tokens: int = 110_000):
        self._model = model
        self._max_batch_tokens = max_batch_tokens
        self._vo: Optional[voyageai.Client] = None

    @property
    def vo(self) -> voyageai.Client:
        if self._vo is None:
            self._vo = voyageai.Client(api_key=config.resolve_secret("voyage-api-key"), max_retries=3, timeout=60)
        return self._vo

    def process_batch(self, batch: List[str], *args, **kwargs) -> Iterator[List[List[float]]]:
        # voyage rejects requests over 120k tokens; count first (free, local tokenizer)
        if self.vo.count_tokens(batch, model=self._model) > self._max_batch_tokens:
            half = len(batch) // 2
            yield from self.process_batch(batch[:half])
            yield from self.process_batch(batch[half:])
            return
        result = self.vo.embed(batch, model=self._model, input_type="document", truncation=True)
        yield result.embeddings

    def infer_output_type(self, input_type):
        return List[float]


class OpenAIEmbedDoFn(beam.DoFn):
    def __init__(self, client_factory: Callable = pool.get_openai, model: str = config.OPENAI_EMBED_MODEL, dimensions: int = 512):
        self._client_factory = client_factory
        self._model = model
        self._dimensions = dimensions
        self._client = None

    def setup(self):
        self._client = self._client_factory()

    def process(self, batch: List[Article]):
        resp = self._client.embeddings.create(
            model=self._model,
            input=[truncate(a.text_for_model(2000), 8000) for a in batch],
            dimensions=self._dimensions,
        )
        for article, item in zip(batch, resp.data):
            article.embedding = item.embedding
            article.extras["embed_model"] = self._model
            yield article


class EmbedArticles(beam.PTransform):
    def __init__(self, embedder: str = "cohere", batch_size: int = config.EMBED_BATCH_SIZE):
        super().__init__()
        self._embedder = embedder
        self._batch_size = batch_size

    def expand(self, articles):
        if self._embedder == "voyage":
            keyed = articles | "KeyById" >> beam.Map(lambda a: (a.article_id, a))
            vectors = (
                keyed
                | "TextOnly" >> beam.Map(lambda kv: kv[1].text_for_model(2000)).with_output_types(str)
                | "VoyageEmbed" >> beam.ParDo(VoyageEmbedDoFn())
            )
            # TODO(priya): join vectors back to articles; the batched DoFn loses the key.
            return vectors
        batched = articles | "Batch" >> beam.BatchElements(min_batch_size=8, max_batch_size=self._batch_size)
        if self._embedder == "openai":
            return batched | "OpenAIEmbed" >> beam.ParDo(OpenAIEmbedDoFn())
        return batched | "CohereEmbed" >> beam.ParDo(CohereEmbedBatchDoFn())

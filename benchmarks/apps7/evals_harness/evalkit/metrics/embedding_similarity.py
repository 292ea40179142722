"""Semantic similarity between the model output and the reference answer."""
from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Dict, List, Sequence, Tuple

import litellm
import numpy as np

from evalkit.errors import ConfigError
from evalkit.metrics import Metric
from evalkit.models.base import ModelSpec
from evalkit.models.clients import get_mistral_client, get_openai_client, get_voyage_client
from evalkit.schemas import ModelOutput, TestCase

logger = logging.getLogger(__name__)

Vector = List[float]


class Embedder:
    name = "embedder"

    def embed(self, texts: Sequence[str]) -> List[Vector]:
        raise NotImplementedError


class OpenAIEmbedder(Embedder):
    def __init__(self, model: str = "text-embedding-3-small", batch_size: int = 512, max_workers: int = 4) -> None:
        self.model = model
        self.name = f"openai:{model}"
        self.batch_size = batch_size
        self.max_workers = max_workers
        self._client = get_openai_client()

    def embed(self, texts: Sequence[str]) -> List[Vector]:
        texts = list(texts)
        batches = [texts[i:i + self.batch_size] for i in range(0, len(texts), self.batch_size)]
        if len(batches) <= 1:
            resp = self._client.embeddings.create(model=self.model, input=texts)
            return [d.embedding for d in resp.data]

        # large reference sets (precomputing dataset embeddings) go out in parallel
        with ThreadPoolExecutor(max_workers=self.max_workers) as pool:
            futures = [
                pool.submit(self._client.embeddings.create, model=self.model, input=batch)
                for batch in batches
            ]
            vectors: List[Vector] = []
            for fut in futures:
                vectors.extend(d.embedding for d in fut.result().data)
        return vectors


class VoyageEmbedder(Embedder):
    # Voyage limits a request by total tokens as well as by number of texts
    MAX_BATCH_TOKENS = 120_000
    MAX_BATCH_SIZE = 128

    def __init__(self, model: str = "voyage-3.5", input_type: str = "document") -> None:
        self.model = model
        self.name = f"voyage:{model}"
        self.input_type = input_type
        self._client = get_voyage_client()

    def _batches(self, texts: List[str]) -> List[List[str]]:
        batches: List[List[str]] = []
        current: List[str] = []
        current_tokens = 0
        for text in texts:
            n = self._client.count_tokens([text], model=self.model)
            if current and (current_tokens + n > self.MAX_BATCH_TOKENS or len(current) >= self.MAX_BATCH_SIZE):
                batches.append(current)
                current, current_tokens = [], 0
            current.append(text)
            current_tokens += n
        if current:
            batches.append(current)
        return batches

    def embed(self, texts: Sequence[str]) -> List[Vector]:
        vectors: List[Vector] = []
        for batch in self._batches(list(texts)):
            result = self._client.embed(batch, model=self.model, input_type=self.input_type)
            vectors.extend(result.embeddings)
        return vectors


class MistralEmbedder(Embedder):
    def __init__(self, model: str = "mistral-embed") -> None:
        self.model = model
        self.name = f"mistral:{model}"
        self._client = get_mistral_client()

    def embed(self, texts: Sequence[str]) -> List[Vector]:
        resp = self._client.embeddings.create(model=self.model, inputs=list(texts))
        return [d.embedding for d in resp.data]


class LiteLLMEmbedder(Embedder):
    def __init__(self, model: str) -> None:
        self.model = model
        self.name = f"litellm:{model}"

    def embed(self, texts: Sequence[str]) -> List[Vector]:
        resp = litellm.embedding(model=self.model, input=list(texts))
        return [item["embedding"] for item in resp.data]


_EMBEDDERS = {
    "openai": OpenAIEmbedder,
    "voyage": VoyageEmbedder,
    "mistral": MistralEmbedder,
    "litellm": LiteLLMEmbedder,
}


def get_embedder(spec: str) -> Embedder:
    parsed = ModelSpec.parse(spec)
    cls = _EMBEDDERS.get(parsed.provider)
    if cls is None:
        raise ConfigError(f"no embedder for provider {parsed.provider!r}")
    return cls(parsed.model)


def cosine(a: Vector, b: Vector) -> float:
    va, vb = np.asarray(a, dtype=np.float32), np.asarray(b, dtype=np.float32)
    denom = float(np.linalg.norm(va) * np.linalg.norm(vb))
    return float(va @ vb) / denom if denom else 0.0


class EmbeddingSimilarity(Metric):
    """Cosine similarity of output vs reference. Reference embeddings are memoised
    because every model in the run is compared against the same references."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self.name = f"embed_sim[{embedder.name}]"
        self._ref_cache: Dict[str, Vector] = {}
        self._lock = threading.Lock()

    def precompute_references(self, cases: Sequence[TestCase]) -> None:
        todo: List[Tuple[str, str]] = [(c.id, c.reference) for c in cases if c.reference and c.id not in self._ref_cache]
        if not todo:
            return
        vectors = self.embedder.embed([ref for _, ref in todo])
        with self._lock:
            for (case_id, _), vec in zip(todo, vectors):
                self._ref_cache[case_id] = vec

    def score(self, case: TestCase, output: ModelOutput) -> float:
        if not case.reference or not output.text.strip():
            return 0.0
        with self._lock:
            ref_vec = self._ref_cache.get(case.id)
        if ref_vec is None:
            ref_vec, out_vec = self.embedder.embed([case.reference, output.text])
            with self._lock:
                self._ref_cache[case.id] = ref_vec
        else:
            (out_vec,) = self.embedder.embed([output.text])
        return round(cosine(ref_vec, out_vec), 4)

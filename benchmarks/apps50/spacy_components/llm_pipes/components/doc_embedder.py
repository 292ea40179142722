"""``llm_doc_embedder``: hosted embeddings on ``doc._.llm_embedding``.

Backend is a plain string (``openai`` / ``cohere`` / ``hf`` / ``mistral``)
because this factory predates the ``client`` config blocks.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any, Iterable, Iterator, List

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from ..clients import pool
from ..utils.batching import chunked
from ..utils.text import truncate_to_tokens

DEFAULT_MODELS = {
    "openai": "text-embedding-3-small",
    "cohere": "embed-english-v3.0",
    "hf": "sentence-transformers/all-MiniLM-L6-v2",
    "mistral": "mistral-embed",
}


@Language.factory(
    "llm_doc_embedder",
    default_config={"backend": "openai", "model": None, "batch_size": 64, "workers": 4},
    assigns=["doc._.llm_embedding"],
)
def make_doc_embedder(nlp, name, backend: str, model, batch_size: int, workers: int):
    return DocEmbedder(backend, model or DEFAULT_MODELS[backend], batch_size, workers)


class DocEmbedder:
    def __init__(self, backend: str, model: str, batch_size: int = 64, workers: int = 4) -> None:
        self.backend = backend
        self.model = model
        self.batch_size = batch_size
        self.workers = workers
        self._client: Any = pool.get_client(backend)

    def __call__(self, doc: Doc) -> Doc:
        doc._.llm_embedding = self.embed([doc.text])[0]
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        if self.backend != "openai":
            for batch in chunked(stream, self.batch_size):
                for doc, vec in zip(batch, self.embed([d.text for d in batch])):
                    doc._.llm_embedding = vec
                    yield doc
            return
        # OpenAI path: fan out batches over a small thread pool.
        batches = list(chunked(stream, self.batch_size))
        with ThreadPoolExecutor(max_workers=self.workers) as executor:
            futures = [
                executor.submit(
                    self._client.embeddings.create,
                    model=self.model,
                    input=[truncate_to_tokens(d.text, 8000) for d in batch],
                )
                for batch in batches
            ]
            for batch, fut in zip(batches, futures):
                resp = fut.result()
                for doc, item in zip(batch, resp.data):
                    doc._.llm_embedding = np.asarray(item.embedding, dtype="float32")
                    yield doc

    def embed(self, texts: List[str]) -> List[np.ndarray]:
        if self.backend == "openai":
            resp = self._client.embeddings.create(model=self.model, input=texts)
            vectors = [d.embedding for d in resp.data]
        elif self.backend == "cohere":
            resp = self._client.embed(
                model=self.model,
                texts=texts,
                input_type="search_document",
                embedding_types=["float"],
            )
            vectors = resp.embeddings.float_
        elif self.backend == "mistral":
            resp = self._client.embeddings.create(model=self.model, inputs=texts)
            vectors = [d.embedding for d in resp.data]
        elif self.backend == "hf":
            vectors = [self._client.feature_extraction(t, model=self.model) for t in texts]
        else:
            raise ValueError(self.backend)
        return [np.asarray(v, dtype="float32").reshape(-1) for v in vectors]

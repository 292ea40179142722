"""Embedding index over past incident write-ups, for "similar incident" lookup.

Three backends because the EU deployment can't use OpenAI. The vector store
is a plain numpy matrix; we have < 5k incidents.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from netauto.llm import get_mistral_client, get_openai_client, make_watsonx_embeddings
from netauto.settings import get_settings


@dataclass
class IncidentIndex:
    backend: str = "openai"
    texts: list[str] = field(default_factory=list)
    vectors: np.ndarray | None = None

    def _embed(self, texts: list[str]) -> np.ndarray:
        if self.backend == "openai":
            client = get_openai_client()
            resp = client.embeddings.create(model=get_settings().llm.openai_embedding_model, input=texts)
            return np.array([d.embedding for d in resp.data])
        if self.backend == "mistral":
            resp = get_mistral_client().embeddings.create(model="mistral-embed", inputs=texts)
            return np.array([d.embedding for d in resp.data])
        if self.backend == "watsonx":
            emb = make_watsonx_embeddings()
            return np.array(emb.embed_documents(texts=texts))
        raise ValueError(self.backend)

    def add(self, texts: list[str]) -> None:
        vecs = self._embed(texts)
        self.texts.extend(texts)
        self.vectors = vecs if self.vectors is None else np.vstack([self.vectors, vecs])

    def search(self, query: str, k: int = 5) -> list[tuple[float, str]]:
        if self.vectors is None:
            return []
        q = self._embed([query])[0]
        sims = self.vectors @ q / (np.linalg.norm(self.vectors, axis=1) * np.linalg.norm(q) + 1e-9)
        idx = np.argsort(-sims)[:k]
        return [(float(sims[i]), self.texts[i]) for i in idx]

    def save(self, path: str | Path) -> None:
        path = Path(path)
        np.save(path.with_suffix(".npy"), self.vectors)
        path.with_suffix(".json").write_text(json.dumps({"backend": self.backend, "texts": self.texts}))

    @classmethod
    def load(cls, path: str | Path) -> "IncidentIndex":
        path = Path(path)
        meta = json.loads(path.with_suffix(".json").read_text())
        return cls(backend=meta["backend"], texts=meta["texts"], vectors=np.load(path.with_suffix(".npy")))

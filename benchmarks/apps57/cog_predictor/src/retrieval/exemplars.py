"""Exemplar store: approved captions used as tone references for the rewriter.

Stored as a small .npz next to the weights; rebuilt by ``train.py``.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from src.retrieval.embedder import VoyageEmbedder

logger = logging.getLogger(__name__)


@dataclass
class Exemplar:
    caption: str
    style: str
    source: str = "curated"


class ExemplarStore:
    def __init__(self, exemplars: list[Exemplar], vectors: np.ndarray | None = None) -> None:
        self.exemplars = exemplars
        self.vectors = vectors

    @classmethod
    def create(cls, captions: list[str], style: str = "descriptive") -> "ExemplarStore":
        return cls([Exemplar(c, style) for c in captions])

    @classmethod
    def load(cls, path: Path) -> "ExemplarStore":
        if not path.exists():
            logger.warning("no exemplar store at %s; retrieval disabled", path)
            return cls([])
        data = np.load(path, allow_pickle=False)
        meta = json.loads(str(data["meta"]))
        return cls([Exemplar(**m) for m in meta], data["vectors"])

    def save(self, path: Path) -> None:
        meta = json.dumps([e.__dict__ for e in self.exemplars])
        np.savez_compressed(path, vectors=self.vectors if self.vectors is not None else np.zeros((0, 0)), meta=meta)

    def index(self, embedder: VoyageEmbedder) -> None:
        self.vectors = embedder.embed_documents([e.caption for e in self.exemplars])

    def search(self, embedder: VoyageEmbedder, query: str, k: int = 8, style: str | None = None) -> list[str]:
        if self.vectors is None or len(self.exemplars) == 0:
            return []
        q = embedder.embed_query(query)
        sims = self.vectors @ q / (np.linalg.norm(self.vectors, axis=1) * np.linalg.norm(q) + 1e-8)
        order = np.argsort(-sims)
        picked = [self.exemplars[i] for i in order if style is None or self.exemplars[i].style == style][:k]
        return [e.caption for e in picked]

    def __len__(self) -> int:
        return len(self.exemplars)

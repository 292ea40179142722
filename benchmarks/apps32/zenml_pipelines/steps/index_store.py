"""Tiny local vector index (numpy) so the pipeline works without a vector DB."""

from __future__ import annotations

import json
import os
from typing import Dict, List

import numpy as np
from zenml.io import fileio


class IndexStore:
    def __init__(self, name: str, dim: int):
        self.name = name
        self.dim = dim
        self.vectors = np.zeros((0, dim), dtype=np.float32)
        self.meta: List[Dict] = []

    @classmethod
    def create(cls, name: str, dim: int) -> "IndexStore":
        return cls(name, dim)

    @classmethod
    def load(cls, uri: str) -> "IndexStore":
        with fileio.open(os.path.join(uri, "meta.json"), "r") as f:
            header = json.load(f)
        store = cls(header["name"], header["dim"])
        with fileio.open(os.path.join(uri, "vectors.npy"), "rb") as f:
            store.vectors = np.load(f)
        store.meta = header["meta"]
        return store

    def add(self, vectors: np.ndarray, meta: List[Dict]) -> None:
        norms = np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
        self.vectors = np.vstack([self.vectors, vectors / norms])
        self.meta.extend(meta)

    def search(self, query: List[float], k: int = 10) -> List[Dict]:
        q = np.asarray(query, dtype=np.float32)
        q = q / (np.linalg.norm(q) + 1e-9)
        sims = self.vectors @ q
        top = np.argsort(-sims)[:k]
        return [{**self.meta[i], "score": float(sims[i])} for i in top]

    def persist(self, uri: str) -> str:
        fileio.makedirs(uri)
        with fileio.open(os.path.join(uri, "vectors.npy"), "wb") as f:
            np.save(f, self.vectors)
        with fileio.open(os.path.join(uri, "meta.json"), "w") as f:
            json.dump({"name": self.name, "dim": self.dim, "meta": self.meta}, f)
        return uri

"""Runbook retrieval: markdown chunking, Cohere embeddings, rerank.

The index lives in memory and is pickled into the RunbookQA plugin storage,
so a bot restart doesn't re-embed ~400 runbooks.
"""
from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from typing import Iterable, List, Optional, Sequence

import numpy as np

from lib.settings import MODELS

log = logging.getLogger(__name__)

_HEADING = re.compile(r"^#{1,3} ", re.MULTILINE)
EMBED_BATCH = 96  # cohere's max texts per embed request


@dataclass
class Passage:
    source: str
    title: str
    text: str
    score: float = 0.0


@dataclass
class RunbookIndex:
    client: object  # cohere.ClientV2, injected by the plugin
    passages: List[Passage] = field(default_factory=list)
    vectors: Optional[np.ndarray] = None

    # ------------------------------------------------------------------ build
    @staticmethod
    def load_markdown(root: str) -> List[Passage]:
        passages: List[Passage] = []
        for dirpath, _dirs, files in os.walk(root):
            for name in sorted(files):
                if not name.endswith(".md"):
                    continue
                path = os.path.join(dirpath, name)
                with open(path, encoding="utf-8") as fh:
                    body = fh.read()
                title = body.splitlines()[0].lstrip("# ").strip() if body else name
                for section in split_sections(body):
                    passages.append(Passage(os.path.relpath(path, root), title, section))
        return passages

    def _embed(self, texts: Sequence[str], input_type: str) -> np.ndarray:
        out = []
        for start in range(0, len(texts), EMBED_BATCH):
            batch = list(texts[start:start + EMBED_BATCH])
            resp = self.client.embed(
                texts=batch,
                model=MODELS.cohere_embed,
                input_type=input_type,
                embedding_types=["float"],
            )
            out.extend(resp.embeddings.float_)
        return np.asarray(out, dtype=np.float32)

    def rebuild(self, root: str) -> int:
        self.passages = self.load_markdown(root)
        if not self.passages:
            self.vectors = None
            return 0
        vectors = self._embed([p.text for p in self.passages], "search_document")
        self.vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
        log.info("indexed %d runbook passages", len(self.passages))
        return len(self.passages)

    # ----------------------------------------------------------------- search
    def search(self, query: str, k: int = 20) -> List[Passage]:
        if self.vectors is None:
            return []
        q = self._embed([query], "search_query")[0]
        q = q / np.linalg.norm(q)
        scores = self.vectors @ q
        top = np.argsort(-scores)[:k]
        return [Passage(self.passages[i].source, self.passages[i].title, self.passages[i].text, float(scores[i])) for i in top]

    def rerank(self, query: str, candidates: List[Passage], top_n: int = 5) -> List[Passage]:
        if not candidates:
            return []
        resp = self.client.rerank(
            model=MODELS.cohere_rerank,
            query=query,
            documents=[c.text for c in candidates],
            top_n=top_n,
        )
        ranked = []
        for result in resp.results:
            p = candidates[result.index]
            ranked.append(Passage(p.source, p.title, p.text, result.relevance_score))
        return ranked

    def retrieve(self, query: str, top_n: int = 5) -> List[Passage]:
        return self.rerank(query, self.search(query), top_n=top_n)

    # ------------------------------------------------------------ persistence
    def to_state(self) -> dict:
        return {
            "passages": [(p.source, p.title, p.text) for p in self.passages],
            "vectors": None if self.vectors is None else self.vectors.tolist(),
        }

    def load_state(self, state: dict) -> None:
        self.passages = [Passage(*row) for row in state.get("passages", [])]
        vecs = state.get("vectors")
        self.vectors = None if vecs is None else np.asarray(vecs, dtype=np.float32)


def split_sections(markdown: str, max_chars: int = 1800) -> Iterable[str]:
    starts = [m.start() for m in _HEADING.finditer(markdown)] or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    starts.append(len(markdown))
    for a, b in zip(starts, starts[1:]):
        section = markdown[a:b].strip()
        while len(section) > max_chars:
            cut = section.rfind("\n", 0, max_chars)
            cut = cut if cut > 0 else max_chars
            yield section[:cut]
            section = section[cut:].strip()
        if section:
            yield section


def format_context(passages: List[Passage]) -> str:
    return "\n\n---\n\n".join(f"[{p.title}] ({p.source})\n{p.text}" for p in passages)

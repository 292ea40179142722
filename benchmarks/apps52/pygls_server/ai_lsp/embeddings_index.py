"""Small in-memory symbol index for retrieval-augmented explanations."""
from __future__ import annotations

import ast
import logging
import math
from dataclasses import dataclass
from pathlib import Path

from ai_lsp.backends import get_async_openai_client

log = logging.getLogger(__name__)

EMBED_MODEL = "text-embedding-3-small"


@dataclass
class Chunk:
    uri: str
    name: str
    text: str
    vector: list[float] | None = None


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def chunk_python_file(path: Path) -> list[Chunk]:
    try:
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
    except (OSError, SyntaxError, UnicodeDecodeError):
        return []
    lines = source.splitlines()
    chunks = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            text = "\n".join(lines[node.lineno - 1 : node.end_lineno])
            chunks.append(Chunk(uri=path.as_uri(), name=node.name, text=text[:4000]))
    return chunks


class SymbolIndex:
    def __init__(self, embed_client=None, ollama_client=None, ollama_model: str = "nomic-embed-text") -> None:
        self._client = embed_client
        self._ollama = ollama_client
        self._ollama_model = ollama_model
        self.chunks: list[Chunk] = []

    @property
    def client(self):
        if self._client is None:
            self._client = get_async_openai_client()
        return self._client

    async def _embed(self, texts: list[str]) -> list[list[float]]:
        if self._ollama is not None:
            resp = await self._ollama.embed(model=self._ollama_model, input=texts)
            return resp["embeddings"]
        resp = await self.client.embeddings.create(model=EMBED_MODEL, input=texts)
        return [d.embedding for d in resp.data]

    async def build(self, root: Path, limit: int = 400) -> int:
        chunks: list[Chunk] = []
        for path in sorted(root.rglob("*.py")):
            if any(part in {".venv", "node_modules", ".git", "build"} for part in path.parts):
                continue
            chunks.extend(chunk_python_file(path))
            if len(chunks) >= limit:
                break
        for i in range(0, len(chunks), 64):
            batch = chunks[i : i + 64]
            vectors = await self._embed([c.text for c in batch])
            for c, v in zip(batch, vectors):
                c.vector = v
        self.chunks = chunks
        log.info("indexed %d chunks under %s", len(chunks), root)
        return len(chunks)

    async def search(self, query: str, k: int = 3) -> list[Chunk]:
        if not self.chunks:
            return []
        [qv] = await self._embed([query])
        scored = sorted(
            (c for c in self.chunks if c.vector is not None),
            key=lambda c: _cosine(qv, c.vector),
            reverse=True,
        )
        return scored[:k]

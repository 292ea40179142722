"""`kestrel search` - local semantic code search."""
from __future__ import annotations

import math
from pathlib import Path
from typing import List, Sequence, Tuple

import typer
from rich.console import Console

from kestrel.cache import IndexStore, digest
from kestrel.config import get_settings
from kestrel.jobs import embed_chunks, read_sources
from kestrel.models import SearchHit
from kestrel.providers.clients import ollama_client, together_client
from kestrel.providers.presets import quick_embed
from kestrel.utils.text import chunk_lines

app = typer.Typer(help="Semantic search over the working tree.", no_args_is_help=True)
console = Console()

SOURCE_GLOBS = ("*.py", "*.md", "*.ts", "*.go")


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def _embed_local(texts: List[str]) -> List[List[float]]:
    cfg = get_settings().providers
    resp = ollama_client().embed(model=cfg.ollama_embed_model, input=texts)
    return resp["embeddings"]


@app.command("index")
def index(
    root: Path = typer.Argument(Path("."), exists=True, file_okay=False),
    local: bool = typer.Option(False, help="Embed with the local Ollama model"),
) -> None:
    """(Re)build the search index for ROOT."""
    files = [p for g in SOURCE_GLOBS for p in root.rglob(g) if ".venv" not in p.parts]
    sources = read_sources(files, lambda p: p.read_text(encoding="utf-8"))
    store = IndexStore()
    pending: List[Tuple[str, str]] = []
    for path, text in sources.items():
        known = store.known_digests(str(path))
        for chunk in chunk_lines(text):
            if digest(chunk) not in known:
                pending.append((str(path), chunk))
    if not pending:
        console.print("index is up to date")
        return

    texts = [c for _, c in pending]
    vectors = _embed_local(texts) if local else embed_chunks(texts)
    for (path, chunk), vec in zip(pending, vectors):
        store.create(path=path, chunk=chunk, embedding=vec)
    store.close()
    console.print(f"indexed {len(pending)} new chunks from {len(sources)} files")


@app.command("query")
def query(
    text: str = typer.Argument(...),
    top_k: int = typer.Option(8),
    rerank: bool = typer.Option(True, help="Rerank the candidates with Together's reranker"),
    local: bool = typer.Option(False),
) -> None:
    """Find the chunks most related to TEXT."""
    if local:
        qvec = _embed_local([text])[0]
    else:
        qvec = quick_embed(input=[text]).data[0]["embedding"]
    store = IndexStore()
    scored = sorted(
        (SearchHit(path, chunk, _cosine(qvec, vec)) for path, chunk, vec in store.all_chunks()),
        key=lambda h: h.score,
        reverse=True,
    )[: top_k * 4]

    if rerank and scored:
        cfg = get_settings().providers
        result = together_client().rerank.create(
            model=cfg.rerank_model,
            query=text,
            documents=[h.chunk for h in scored],
            top_n=top_k,
        )
        scored = [SearchHit(scored[r.index].path, scored[r.index].chunk, r.relevance_score) for r in result.results]

    for hit in scored[:top_k]:
        console.rule(f"{hit.path}  ({hit.score:.3f})")
        console.print(hit.chunk[:600])

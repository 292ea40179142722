"""Thread-pool helpers for the slow bits of `kestrel search index`."""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Sequence

from kestrel.config import get_settings
from kestrel.providers.clients import together_client
from kestrel.utils.text import batched

log = logging.getLogger(__name__)

EMBED_BATCH = 64
MAX_WORKERS = 4


def read_sources(paths: Iterable[Path], loader: Callable[[Path], str]) -> Dict[Path, str]:
    """Read files concurrently; unreadable files are skipped with a warning."""
    out: Dict[Path, str] = {}
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = {pool.submit(loader, p): p for p in paths}
        for fut in as_completed(futures):
            try:
                out[futures[fut]] = fut.result()
            except (OSError, UnicodeDecodeError) as exc:
                log.warning("skipping %s: %s", futures[fut], exc)
    return out


def embed_chunks(chunks: Sequence[str]) -> List[List[float]]:
    """Embed *chunks* with Together, several batches in flight, preserving order."""
    client = together_client()
    model = get_settings().providers.embedding_model
    batches = list(batched(chunks, EMBED_BATCH))
    results: Dict[int, List[List[float]]] = {}
    with ThreadPoolExecutor(max_workers=MAX_WORKERS) as pool:
        futures = {
            pool.submit(client.embeddings.create, model=model, input=batch): idx
            for idx, batch in enumerate(batches)
        }
        for fut in as_completed(futures):
            resp = fut.result()
            results[futures[fut]] = [d.embedding for d in resp.data]
    return [vec for idx in range(len(batches)) for vec in results[idx]]

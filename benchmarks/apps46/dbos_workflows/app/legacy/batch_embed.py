"""Thread-pool embedding used before the DBOS embed queue existed."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from app.llm.clients import get_openai_client, get_voyage_client


def embed_all_voyage(texts: list[str], model: str = "voyage-3", workers: int = 4) -> list[list[float]]:
    client = get_voyage_client()
    batches = [texts[i : i + 96] for i in range(0, len(texts), 96)]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(client.embed, b, model=model, input_type="document") for b in batches]
        return [v for f in futures for v in f.result().embeddings]


def embed_all_openai(texts: list[str], model: str = "text-embedding-3-small") -> list[list[float]]:
    client = get_openai_client()
    out: list[list[float]] = []
    for i in range(0, len(texts), 256):
        resp = client.embeddings.create(input=texts[i : i + 256], model=model)
        out.extend(d.embedding for d in resp.data)
    return out

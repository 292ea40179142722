"""Embedding backends for search, recommendations and dedup.

Search uses Together (bge-large), the dedup job uses the small HF MiniLM model,
the B2B portal index is on watsonx slate, and the multilingual index uses Titan v2.
"""
import json
from concurrent.futures import ThreadPoolExecutor
from typing import List, Sequence

import numpy as np

from include.config import settings
from include.llm.clients import (
    get_bedrock_runtime,
    get_hf_client,
    get_together_client,
    get_watsonx_embeddings,
)
from include.utils.text import chunked

Vector = List[float]


def embed_together(texts: Sequence[str], model: str = None, batch_size: int = 128) -> List[Vector]:
    client = get_together_client()
    vectors: List[Vector] = []
    for batch in chunked(texts, batch_size):
        response = client.embeddings.create(
            model=model or settings.together.embedding_model,
            input=batch,
        )
        vectors.extend(item.embedding for item in sorted(response.data, key=lambda d: d.index))
    return vectors


def embed_hf(texts: Sequence[str], model: str = None, normalize: bool = True) -> List[Vector]:
    client = get_hf_client(model or settings.hf.embedding_model)
    out: List[Vector] = []
    for batch in chunked(texts, 32):
        arr = client.feature_extraction(batch, normalize=normalize)
        arr = np.asarray(arr, dtype=np.float32)
        if arr.ndim == 1:
            arr = arr[None, :]
        out.extend(arr.tolist())
    return out


def embed_watsonx(texts: Sequence[str], model: str = None) -> List[Vector]:
    embeddings = get_watsonx_embeddings(model)
    return embeddings.embed_documents(texts=list(texts), concurrency_limit=4)


def embed_titan(texts: Sequence[str], dimensions: int = 512, max_workers: int = 8) -> List[Vector]:
    """Titan has no batch endpoint, so requests are fanned out over a thread pool."""
    runtime = get_bedrock_runtime()
    model_id = settings.bedrock.titan_embed_model_id
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures = [
            pool.submit(
                runtime.invoke_model,
                modelId=model_id,
                body=json.dumps({"inputText": text, "dimensions": dimensions, "normalize": True}),
                contentType="application/json",
                accept="application/json",
            )
            for text in texts
        ]
        results = [f.result() for f in futures]
    return [json.loads(r["body"].read())["embedding"] for r in results]


BACKENDS = {
    "together": embed_together,
    "hf": embed_hf,
    "watsonx": embed_watsonx,
    "titan": embed_titan,
}


def embed(texts: Sequence[str], backend: str = "together") -> List[Vector]:
    try:
        fn = BACKENDS[backend]
    except KeyError:
        raise ValueError(f"unknown embedding backend {backend!r}") from None
    return fn(texts)

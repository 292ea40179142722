from __future__ import annotations

from typing import List

from flytekit import conditional, dynamic, workflow
from flytekit.types.file import FlyteFile

from labelling_flows.images import llm_image
from labelling_flows.tasks.data_io import flatten, load_chunks, save_records
from labelling_flows.tasks.embeddings import (
    embed_cohere,
    embed_gemini,
    embed_openai,
    embed_openai_concurrent,
    embed_together,
    preflight_token_budget,
)
from labelling_flows.utils.batching import chunked

_EMBEDDERS = {
    "openai": embed_openai,
    "cohere": embed_cohere,
    "gemini": embed_gemini,
    "together": embed_together,
}


@dynamic(container_image=llm_image)
def embed_all(chunks: List[dict], provider: str, shard_size: int = 2000) -> List[List[dict]]:
    embedder = _EMBEDDERS[provider]
    return [embedder(chunks=shard) for shard in chunked(chunks, shard_size)]


@workflow
def embedding_backfill_wf(source: FlyteFile, provider: str = "openai"):
    chunks = load_chunks(source=source)
    ok = preflight_token_budget(chunks=chunks)
    (
        conditional("within_budget")
        .if_(ok.is_true())
        .then(save_records(records=flatten(batches=embed_all(chunks=chunks, provider=provider))))
        .else_()
        .fail("Backfill exceeds the daily token budget; split the source file.")
    )


@workflow
def big_openai_backfill_wf(source: FlyteFile) -> List[dict]:
    chunks = load_chunks(source=source)
    return embed_openai_concurrent(chunks=chunks, concurrency=16)

"""Embedding functions handed to ``VectorStore``.

Two implementations exist because the German tenants are on the multilingual
HF model while everybody else uses Azure OpenAI ``text-embedding-3-large``.
"""

from __future__ import annotations

import logging
from typing import List, Sequence

from shared_code.clients import get_deployment_client, get_hf_client
from shared_code.settings import get_settings
from shared_code.utils import call_with_retries

logger = logging.getLogger(__name__)

_AOAI_BATCH = 64


def aoai_embed(texts: Sequence[str]) -> List[List[float]]:
    settings = get_settings().azure_openai
    client = get_deployment_client(settings.embedding_deployment)
    vectors: List[List[float]] = []
    for start in range(0, len(texts), _AOAI_BATCH):
        batch = list(texts[start:start + _AOAI_BATCH])
        response = call_with_retries(
            client.embeddings.create,
            model=settings.embedding_deployment,
            input=batch,
            dimensions=1536,
        )
        vectors.extend(item.embedding for item in sorted(response.data, key=lambda d: d.index))
    return vectors


def hf_embed(texts: Sequence[str]) -> List[List[float]]:
    client = get_hf_client("embeddings")
    array = client.feature_extraction(list(texts), normalize=True, truncate=True)
    return [list(map(float, row)) for row in array]


def embed_fn_for_tenant(tenant_id: str):
    """Pick an embedding function; the mapping is config-driven in prod."""
    multilingual = {t.strip() for t in (get_settings().feature_flags.get("hf_tenants") or "").split(",") if t}
    if tenant_id in multilingual:
        logger.debug("Using HF embeddings for tenant %s", tenant_id)
        return hf_embed
    return aoai_embed

"""Embedding helpers for policy wording and the legacy Titan index."""
from __future__ import annotations

import json
import logging

from claims_common.aws_clients import bedrock_runtime
from claims_common.config import settings
from claims_common.llm_clients import cohere_client

logger = logging.getLogger(__name__)

POLICY_EMBED_MODEL = "embed-v4.0"


def embed_policy_text(texts: list[str], *, for_query: bool = False) -> list[list[float]]:
    """Embed policy clauses (or a question about them) with Cohere."""
    resp = cohere_client.embed(
        texts=texts,
        model=POLICY_EMBED_MODEL,
        input_type="search_query" if for_query else "search_document",
        embedding_types=["float"],
    )
    return [list(vec) for vec in resp.embeddings.float_]


def embed_titan(text: str, dimensions: int = 512) -> list[float]:
    """Embed text for the legacy index built with Titan Text Embeddings v2."""
    resp = bedrock_runtime.invoke_model(
        modelId=settings.bedrock_embed_model,
        contentType="application/json",
        accept="application/json",
        body=json.dumps({"inputText": text, "dimensions": dimensions, "normalize": True}),
    )
    payload = json.loads(resp["body"].read())
    logger.debug("titan embedding used %s input tokens", payload.get("inputTextTokenCount"))
    return payload["embedding"]

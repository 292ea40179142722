"""Embedding helpers used by semantic journal search."""
from __future__ import annotations

import json
import math

from netbox.plugins import get_plugin_config

from ..constants import EMBEDDING_DIMENSIONS
from .clients import get_bedrock_runtime, get_cohere_client, get_openai_client


def embed_openai(texts: list[str]) -> list[list[float]]:
    response = get_openai_client().embeddings.create(
        model="text-embedding-3-small",
        input=texts,
        dimensions=EMBEDDING_DIMENSIONS,
    )
    return [item.embedding for item in response.data]


def embed_cohere(texts: list[str], input_type: str = "search_document") -> list[list[float]]:
    co = get_cohere_client()
    res = co.embed(
        texts=texts,
        model=get_plugin_config("netbox_ai_assist", "cohere_embed_model"),
        input_type=input_type,
        embedding_types=["float"],
    )
    return res.embeddings.float_


def embed_bedrock(texts: list[str]) -> list[list[float]]:
    runtime = get_bedrock_runtime()
    model_id = get_plugin_config("netbox_ai_assist", "bedrock_embedding_model_id")
    vectors = []
    for text in texts:
        out = runtime.invoke_model(
            modelId=model_id,
            body=json.dumps({"inputText": text, "dimensions": EMBEDDING_DIMENSIONS, "normalize": True}),
        )
        vectors.append(json.loads(out["body"].read())["embedding"])
    return vectors


EMBEDDERS = {
    "openai": embed_openai,
    "cohere": embed_cohere,
    "bedrock": embed_bedrock,
}


def embed(texts: list[str], provider: str = "cohere") -> list[list[float]]:
    return EMBEDDERS[provider](texts)


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0

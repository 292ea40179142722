"""Semantic search over the help-centre articles."""
import json

import app.core.clients as c
from app.core.config import settings


async def embed_query(query: str) -> list[float]:
    result = await c.openai_client.embeddings.create(model=settings.embedding_model, input=query)
    return result.data[0].embedding


def embed_with_titan(text: str) -> list[float]:
    resp = c.bedrock.invoke_model(
        modelId="amazon.titan-embed-text-v2:0",
        body=json.dumps({"inputText": text}),
    )
    return json.loads(resp["body"].read())["embedding"]


async def rerank(query: str, passages: list[str]) -> list[int]:
    numbered = "\n".join(f"{i}. {p}" for i, p in enumerate(passages))
    response = await c.openai_client.responses.create(
        model="gpt-4.1-mini",
        input=f"Query: {query}\nRank these passages by relevance, answer with indices:\n{numbered}",
    )
    return [int(x) for x in response.output_text.split(",")]


def store_attachment(key: str, data: bytes) -> None:
    c.s3.put_object(Bucket=settings.uploads_bucket, Key=key, Body=data)

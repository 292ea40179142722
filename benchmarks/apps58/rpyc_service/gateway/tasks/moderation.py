from __future__ import annotations

from openai import OpenAI

from gateway.clients import get_openai_client

_DEFAULT_BLOCK = {"sexual/minors", "self-harm/instructions", "violence/graphic"}


def moderate(text: str, client: OpenAI | None = None) -> dict:
    client = client or get_openai_client()
    resp = client.moderations.create(model="omni-moderation-latest", input=text)
    result = resp.results[0]
    categories = {k for k, v in result.categories.model_dump(by_alias=True).items() if v}
    return {
        "flagged": result.flagged,
        "categories": sorted(categories),
        "blocked": bool(categories & _DEFAULT_BLOCK),
    }

"""/models: what the UI can offer in its provider dropdown."""
import functools

from flask import current_app

from app.services.bedrock_service import list_foundation_models


@functools.lru_cache(maxsize=1)
def _openai_models():
    client = current_app.extensions["llm"].openai
    return sorted(m.id for m in client.models.list() if m.id.startswith(("gpt-", "o")))


def _anthropic_models():
    client = current_app.extensions["llm"].anthropic
    page = client.models.list(limit=50)
    return [m.id for m in page.data]


def list_models(token_info=None):
    cfg = current_app.config
    return {
        "openai": _openai_models(),
        "anthropic": _anthropic_models(),
        "bedrock": list_foundation_models(cfg["AWS_REGION"]),
        "cohere": ["command-r-plus-08-2024", "command-r-08-2024"],
    }, 200

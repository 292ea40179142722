"""Process-wide SDK clients for code that runs outside Dagster resources.

These getters predate the ConfigurableResource classes in ``catalog_enrichment.resources``.
The legacy ops and the one-off scripts still use them; new assets should take the
resource instead (DATA-812).
"""
import json
import os
from functools import lru_cache
from typing import Any, Dict, List

import anthropic
import cohere
from openai import OpenAI

from ..errors import ProviderResponseError
from ..settings import MODELS


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=os.environ["OPENAI_API_KEY"], max_retries=5)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])


@lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=os.environ["CO_API_KEY"])


def verify_credentials() -> Dict[str, Any]:
    """Cheap sanity check used by `make check-creds` before a large backfill."""
    available = {m.id for m in get_openai_client().models.list()}
    missing = [m for m in (MODELS.classification, MODELS.openai_embedding) if m not in available]
    return {"openai_models_missing": missing}


def complete_json(prompt: str, system: str = "", model: str = MODELS.classification) -> Dict[str, Any]:
    messages: List[Dict[str, str]] = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": prompt})
    response = get_openai_client().chat.completions.create(
        model=model,
        messages=messages,
        response_format={"type": "json_object"},
        temperature=0,
    )
    content = response.choices[0].message.content or ""
    try:
        return json.loads(content)
    except json.JSONDecodeError as exc:
        raise ProviderResponseError("openai", f"invalid JSON: {exc}", content) from exc

"""Named model backends for the RabbitMQ batch jobs.

Each entry is a callable (prompt -> text). Added by @mkowal for the
backfill; not used by the Kafka handlers.
"""
from __future__ import annotations

import json
from functools import partial
from typing import Callable

import litellm
from litellm import Router

from workers.clients import get_bedrock_runtime
from workers.settings import settings

router = Router(
    model_list=[
        {"model_name": "fast", "litellm_params": {"model": "gpt-4o-mini"}},
        {"model_name": "fast", "litellm_params": {"model": "claude-3-5-haiku-20241022"}},
        {"model_name": "smart", "litellm_params": {"model": "claude-3-5-sonnet-20241022"}},
    ],
    num_retries=2,
    routing_strategy="simple-shuffle",
)


def _litellm_text(prompt: str, model: str = "gpt-4o-mini") -> str:
    resp = litellm.completion(model=model, messages=[{"role": "user", "content": prompt}])
    return resp.choices[0].message.content


def _router_text(prompt: str, group: str = "fast") -> str:
    resp = router.completion(model=group, messages=[{"role": "user", "content": prompt}])
    return resp.choices[0].message.content


def _bedrock_text(prompt: str, model_id: str | None = None) -> str:
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 1024,
        "messages": [{"role": "user", "content": prompt}],
    }
    resp = get_bedrock_runtime().invoke_model(
        modelId=model_id or settings.llm.bedrock_model_id,
        body=json.dumps(body),
    )
    return json.loads(resp["body"].read())["content"][0]["text"]


BACKENDS: dict[str, Callable[[str], str]] = {
    "litellm": _litellm_text,
    "litellm-4o": partial(_litellm_text, model="gpt-4o"),
    "router-fast": _router_text,
    "router-smart": partial(_router_text, group="smart"),
    "bedrock": _bedrock_text,
}


def get_backend(name: str) -> Callable[[str], str]:
    try:
        return BACKENDS[name]
    except KeyError:
        raise ValueError(f"unknown backend {name!r}; have {sorted(BACKENDS)}") from None

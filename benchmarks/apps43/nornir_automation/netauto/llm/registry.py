"""Provider registry: one ``complete(system, prompt)`` callable per vendor.

Runbooks look up ``PROVIDERS[name]`` so a team can pick a vendor per site
(some regions are only allowed to use Bedrock / watsonx for data residency).
"""
from __future__ import annotations

import json
import logging
from typing import Callable, Dict

from netauto.llm import clients
from netauto.settings import get_settings

log = logging.getLogger(__name__)

CompleteFn = Callable[[str, str], str]


def _openai_complete(system: str, prompt: str) -> str:
    cfg = get_settings().llm
    resp = clients.get_openai_client().chat.completions.create(
        model=cfg.openai_model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        temperature=cfg.temperature,
        max_tokens=cfg.max_tokens,
    )
    return resp.choices[0].message.content or ""


def _anthropic_complete(system: str, prompt: str) -> str:
    cfg = get_settings().llm
    client = clients.make_anthropic_client()
    msg = client.messages.create(
        model=cfg.anthropic_model,
        max_tokens=cfg.max_tokens,
        system=system,
        messages=[{"role": "user", "content": prompt}],
    )
    return "".join(block.text for block in msg.content if block.type == "text")


def _bedrock_complete(system: str, prompt: str) -> str:
    cfg = get_settings().llm
    runtime = clients.get_bedrock_runtime()
    out = runtime.converse(
        modelId=cfg.bedrock_model,
        system=[{"text": system}],
        messages=[{"role": "user", "content": [{"text": prompt}]}],
        inferenceConfig={"maxTokens": cfg.max_tokens, "temperature": cfg.temperature},
    )
    return out["output"]["message"]["content"][0]["text"]


def _mistral_complete(system: str, prompt: str) -> str:
    cfg = get_settings().llm
    res = clients.get_mistral_client().chat.complete(
        model=cfg.mistral_model,
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": prompt},
        ],
        max_tokens=cfg.max_tokens,
    )
    return res.choices[0].message.content


def _watsonx_complete(system: str, prompt: str) -> str:
    model = clients.make_watsonx_model()
    res = model.chat(
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": prompt},
        ]
    )
    return res["choices"][0]["message"]["content"]


PROVIDERS: Dict[str, CompleteFn] = {
    "openai": _openai_complete,
    "anthropic": _anthropic_complete,
    "bedrock": _bedrock_complete,
    "mistral": _mistral_complete,
    "watsonx": _watsonx_complete,
}


def get_completer(name: str | None = None) -> CompleteFn:
    name = name or get_settings().llm.default_provider
    try:
        return PROVIDERS[name]
    except KeyError:
        raise ValueError(f"unknown LLM provider {name!r}; choose from {sorted(PROVIDERS)}") from None


def register(name: str) -> Callable[[CompleteFn], CompleteFn]:
    """Decorator so plugins can add providers without touching this file."""

    def deco(fn: CompleteFn) -> CompleteFn:
        PROVIDERS[name] = fn
        return fn

    return deco


def parse_json_reply(text: str) -> dict:
    text = text.strip()
    if text.startswith("```"):
        text = text.strip("`")
        if text.startswith("json"):
            text = text[4:]
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        log.warning("model did not return JSON: %.120s", text)
        return {}

"""Provider registry: maps a provider key (as shown in the model selector) to a
plain ``(prompt, model, system) -> str`` completer.

Added by Jonas for the "compare models" tab; the ticket classifier also uses it.
"""
from __future__ import annotations

import json
from typing import Callable

import litellm

from llm.clients import get_anthropic_client, get_bedrock_runtime, get_openai_client, get_together_client

Completer = Callable[[str, str, str], str]


def _openai(prompt: str, model: str, system: str) -> str:
    resp = get_openai_client().chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        temperature=0.2,
    )
    return resp.choices[0].message.content or ""


def _anthropic(prompt: str, model: str, system: str) -> str:
    client = get_anthropic_client()
    msg = client.messages.create(
        model=model,
        max_tokens=1024,
        system=system,
        messages=[{"role": "user", "content": prompt}],
    )
    return "".join(block.text for block in msg.content if block.type == "text")


def _bedrock(prompt: str, model: str, system: str) -> str:
    runtime = get_bedrock_runtime()
    out = runtime.converse(
        modelId=model,
        system=[{"text": system}],
        messages=[{"role": "user", "content": [{"text": prompt}]}],
        inferenceConfig={"maxTokens": 1024, "temperature": 0.2},
    )
    return out["output"]["message"]["content"][0]["text"]


def _together(prompt: str, model: str, system: str) -> str:
    together = get_together_client()
    resp = together.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        max_tokens=1024,
    )
    return resp.choices[0].message.content


def _litellm(prompt: str, model: str, system: str) -> str:
    resp = litellm.completion(
        model=model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content


COMPLETERS: dict[str, Completer] = {
    "openai": _openai,
    "anthropic": _anthropic,
    "bedrock": _bedrock,
    "together": _together,
    "litellm": _litellm,
}

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-haiku-latest",
    "bedrock": "anthropic.claude-3-haiku-20240307-v1:0",
    "together": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    "litellm": "gpt-4o-mini",
}


def complete_with(provider: str, prompt: str, model: str | None = None, system: str = "") -> str:
    fn = COMPLETERS[provider]
    return fn(prompt, model or DEFAULT_MODELS[provider], system)


def describe_registry() -> str:
    return json.dumps({k: DEFAULT_MODELS[k] for k in COMPLETERS}, indent=2)

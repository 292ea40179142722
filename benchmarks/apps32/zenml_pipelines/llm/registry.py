"""Provider registry: maps a provider name from config to a chat callable.

Every entry takes (model, system, prompt, max_tokens, temperature) and
returns (text, input_tokens, output_tokens).
"""

from __future__ import annotations

import json
from typing import Callable, Dict, Tuple

from google.genai import types as genai_types

from llm.clients import (
    get_anthropic_client,
    get_bedrock_runtime,
    get_genai_client,
    get_mistral_client,
    get_openai_client,
    get_together_client,
)

ChatResult = Tuple[str, int, int]
ChatFn = Callable[[str, str, str, int, float], ChatResult]


def _openai_chat(model, system, prompt, max_tokens, temperature) -> ChatResult:
    resp = get_openai_client().chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        max_tokens=max_tokens,
        temperature=temperature,
    )
    usage = resp.usage
    return resp.choices[0].message.content or "", usage.prompt_tokens, usage.completion_tokens


def _together_chat(model, system, prompt, max_tokens, temperature) -> ChatResult:
    client = get_together_client()
    resp = client.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        max_tokens=max_tokens,
        temperature=temperature,
    )
    return resp.choices[0].message.content or "", resp.usage.prompt_tokens, resp.usage.completion_tokens


def _anthropic_chat(model, system, prompt, max_tokens, temperature) -> ChatResult:
    msg = get_anthropic_client().messages.create(
        model=model,
        system=system,
        max_tokens=max_tokens,
        temperature=temperature,
        messages=[{"role": "user", "content": prompt}],
    )
    text = "".join(block.text for block in msg.content if block.type == "text")
    return text, msg.usage.input_tokens, msg.usage.output_tokens


def _mistral_chat(model, system, prompt, max_tokens, temperature) -> ChatResult:
    resp = get_mistral_client().chat.complete(
        model=model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        max_tokens=max_tokens,
        temperature=temperature,
    )
    return resp.choices[0].message.content, resp.usage.prompt_tokens, resp.usage.completion_tokens


def _google_chat(model, system, prompt, max_tokens, temperature) -> ChatResult:
    resp = get_genai_client().models.generate_content(
        model=model,
        contents=prompt,
        config=genai_types.GenerateContentConfig(
            system_instruction=system,
            max_output_tokens=max_tokens,
            temperature=temperature,
        ),
    )
    meta = resp.usage_metadata
    return resp.text or "", meta.prompt_token_count or 0, meta.candidates_token_count or 0


def _bedrock_chat(model, system, prompt, max_tokens, temperature) -> ChatResult:
    out = get_bedrock_runtime().converse(
        modelId=model,
        system=[{"text": system}],
        messages=[{"role": "user", "content": [{"text": prompt}]}],
        inferenceConfig={"maxTokens": max_tokens, "temperature": temperature},
    )
    text = out["output"]["message"]["content"][0]["text"]
    return text, out["usage"]["inputTokens"], out["usage"]["outputTokens"]


CHAT_PROVIDERS: Dict[str, ChatFn] = {
    "openai": _openai_chat,
    "anthropic": _anthropic_chat,
    "mistral": _mistral_chat,
    "google": _google_chat,
    "together": _together_chat,
    "bedrock": _bedrock_chat,
}


def get_chat_fn(provider: str) -> ChatFn:
    try:
        return CHAT_PROVIDERS[provider]
    except KeyError as exc:
        raise ValueError(f"unknown provider {provider!r}; known: {sorted(CHAT_PROVIDERS)}") from exc


def describe_registry() -> str:
    return json.dumps(sorted(CHAT_PROVIDERS))

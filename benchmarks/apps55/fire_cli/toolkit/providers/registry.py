"""Model registry: maps the short names used on the command line to providers.

The registry also holds per-provider ``chat`` callables so the compare and eval
commands can fan out over heterogeneous models with a single signature.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import litellm

from toolkit.config import ToolkitConfig


@dataclass(frozen=True)
class ModelSpec:
    alias: str
    provider: str
    model_id: str
    input_cost_per_mtok: float = 0.0
    output_cost_per_mtok: float = 0.0
    context_window: int = 8192
    supports_json: bool = False


MODEL_REGISTRY: dict[str, ModelSpec] = {
    "gpt-4o": ModelSpec("gpt-4o", "openai", "gpt-4o-2024-08-06", 2.5, 10.0, 128_000, True),
    "gpt-4o-mini": ModelSpec("gpt-4o-mini", "openai", "gpt-4o-mini", 0.15, 0.6, 128_000, True),
    "claude-3-5-sonnet": ModelSpec("claude-3-5-sonnet", "anthropic", "claude-3-5-sonnet-20240620", 3.0, 15.0, 200_000),
    "claude-3-haiku": ModelSpec("claude-3-haiku", "anthropic", "claude-3-haiku-20240307", 0.25, 1.25, 200_000),
    "llama-3.1-70b": ModelSpec("llama-3.1-70b", "together", "meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo", 0.88, 0.88, 131_072),
    "mixtral-8x7b": ModelSpec("mixtral-8x7b", "together", "mistralai/Mixtral-8x7B-Instruct-v0.1", 0.6, 0.6, 32_768),
    "zephyr-hf": ModelSpec("zephyr-hf", "huggingface", "HuggingFaceH4/zephyr-7b-beta"),
    "llama-3.1-8b-hf": ModelSpec("llama-3.1-8b-hf", "huggingface", "meta-llama/Meta-Llama-3.1-8B-Instruct"),
    "litellm/gemini-flash": ModelSpec("litellm/gemini-flash", "litellm", "gemini/gemini-1.5-flash", 0.075, 0.3, 1_000_000),
}


def resolve_model(name: str) -> ModelSpec:
    if name in MODEL_REGISTRY:
        return MODEL_REGISTRY[name]
    if "/" in name:
        prefix, _, rest = name.partition("/")
        if prefix in {"openai", "anthropic", "together", "huggingface", "litellm"}:
            return ModelSpec(name, prefix, rest)
    raise KeyError(f"unknown model {name!r}; run `mltk models list`")


def estimate_cost(spec: ModelSpec, prompt_tokens: int, completion_tokens: int) -> float:
    return (prompt_tokens * spec.input_cost_per_mtok + completion_tokens * spec.output_cost_per_mtok) / 1_000_000


ChatFn = Callable[..., str]


def _openai_chat(ctx, spec: ModelSpec, messages: list[dict], **kw) -> str:
    resp = ctx.openai.chat.completions.create(model=spec.model_id, messages=messages, **kw)
    return resp.choices[0].message.content or ""


def _anthropic_chat(ctx, spec: ModelSpec, messages: list[dict], **kw) -> str:
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    turns = [m for m in messages if m["role"] != "system"]
    resp = ctx.anthropic.messages.create(
        model=spec.model_id,
        system=system or anthropic_default_system(),
        messages=turns,
        max_tokens=kw.pop("max_tokens", 1024),
        **kw,
    )
    return "".join(block.text for block in resp.content if block.type == "text")


def anthropic_default_system() -> str:
    return "You are a careful assistant."


def _together_chat(ctx, spec: ModelSpec, messages: list[dict], **kw) -> str:
    resp = ctx.together.chat.completions.create(model=spec.model_id, messages=messages, **kw)
    return resp.choices[0].message.content


def _hf_chat(ctx, spec: ModelSpec, messages: list[dict], **kw) -> str:
    out = ctx.hf.chat_completion(messages, model=spec.model_id, max_tokens=kw.get("max_tokens", 512))
    return out.choices[0].message.content


def _litellm_chat(ctx, spec: ModelSpec, messages: list[dict], **kw) -> str:
    resp = litellm.completion(model=spec.model_id, messages=messages, **kw)
    return resp.choices[0].message.content


CHAT_BACKENDS: dict[str, ChatFn] = {
    "openai": _openai_chat,
    "anthropic": _anthropic_chat,
    "together": _together_chat,
    "huggingface": _hf_chat,
    "litellm": _litellm_chat,
}


def chat(ctx, model: str, messages: list[dict], **kw) -> str:
    spec = resolve_model(model)
    return CHAT_BACKENDS[spec.provider](ctx, spec, messages, **kw)


def provider_names(config: ToolkitConfig) -> list[str]:
    names = []
    if config.openai_api_key:
        names.append("openai")
    if config.anthropic_api_key:
        names.append("anthropic")
    if config.together_api_key:
        names.append("together")
    if config.hf_token:
        names.append("huggingface")
    names.append("litellm")
    return names

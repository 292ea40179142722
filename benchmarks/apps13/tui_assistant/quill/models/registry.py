"""Known models and their per-model settings.

The table is keyed by the exact model name we send to the provider. ``MODEL_ALIASES``
maps the short names people type on the command line.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field, replace
from typing import Any, Dict, List, Optional

from quill.exceptions import ModelNotFound


@dataclass(frozen=True)
class ModelSettings:
    name: str
    provider: str  # anthropic | openai | deepseek | gemini | groq | ollama | litellm
    edit_format: str = "whole"
    weak_model_name: Optional[str] = None
    editor_model_name: Optional[str] = None
    editor_edit_format: Optional[str] = None
    use_repo_map: bool = False
    send_undo_reply: bool = False
    lazy: bool = False
    reminder: str = "user"
    examples_as_sys_msg: bool = False
    extra_params: Dict[str, Any] = field(default_factory=dict)
    cache_control: bool = False
    caches_by_default: bool = False
    use_system_prompt: bool = True
    use_temperature: bool = True
    streaming: bool = True
    reasoning_tag: Optional[str] = None
    extended_thinking: bool = False
    use_responses_api: bool = False
    max_output_tokens: int = 8192
    context_window: int = 128_000


_S = ModelSettings

MODEL_SETTINGS: Dict[str, ModelSettings] = {
    # --- Anthropic ---
    "claude-sonnet-4-5": _S(
        "claude-sonnet-4-5", "anthropic", edit_format="diff",
        weak_model_name="claude-haiku-4-5", editor_model_name="claude-sonnet-4-5",
        editor_edit_format="editor-diff", use_repo_map=True, examples_as_sys_msg=True,
        cache_control=True, extended_thinking=True, max_output_tokens=64_000, context_window=200_000,
    ),
    "claude-opus-4-1": _S(
        "claude-opus-4-1", "anthropic", edit_format="diff",
        weak_model_name="claude-haiku-4-5", editor_model_name="claude-sonnet-4-5",
        editor_edit_format="editor-diff", use_repo_map=True, cache_control=True,
        extended_thinking=True, max_output_tokens=32_000, context_window=200_000,
    ),
    "claude-haiku-4-5": _S(
        "claude-haiku-4-5", "anthropic", edit_format="diff",
        weak_model_name="claude-haiku-4-5", use_repo_map=True, cache_control=True,
        max_output_tokens=8192, context_window=200_000,
    ),
    # --- OpenAI ---
    "gpt-4.1": _S(
        "gpt-4.1", "openai", edit_format="diff", weak_model_name="gpt-4.1-mini",
        use_repo_map=True, reminder="sys", editor_edit_format="editor-diff",
        max_output_tokens=32_768, context_window=1_047_576,
    ),
    "gpt-4.1-mini": _S(
        "gpt-4.1-mini", "openai", edit_format="diff", weak_model_name="gpt-4.1-mini",
        use_repo_map=True, reminder="sys", max_output_tokens=32_768, context_window=1_047_576,
    ),
    "o4-mini": _S(
        "o4-mini", "openai", edit_format="diff", weak_model_name="gpt-4.1-mini",
        editor_model_name="gpt-4.1", editor_edit_format="editor-diff", use_repo_map=True,
        use_temperature=False, use_responses_api=True, extra_params={"reasoning_effort": "medium"},
        context_window=200_000,
    ),
    "gpt-5": _S(
        "gpt-5", "openai", edit_format="diff", weak_model_name="gpt-5-mini",
        use_repo_map=True, use_temperature=False, use_responses_api=True,
        extra_params={"reasoning_effort": "medium"}, context_window=400_000,
    ),
    # --- DeepSeek (OpenAI-compatible API) ---
    "deepseek-chat": _S(
        "deepseek-chat", "deepseek", edit_format="diff", use_repo_map=True,
        examples_as_sys_msg=True, reminder="sys", caches_by_default=True,
        max_output_tokens=8192, context_window=64_000,
    ),
    "deepseek-reasoner": _S(
        "deepseek-reasoner", "deepseek", edit_format="diff", weak_model_name="deepseek-chat",
        editor_model_name="deepseek-chat", editor_edit_format="editor-diff", use_repo_map=True,
        use_temperature=False, caches_by_default=True, reasoning_tag="think",
        max_output_tokens=8192, context_window=64_000,
    ),
    # --- Gemini ---
    "gemini-2.5-pro": _S(
        "gemini-2.5-pro", "gemini", edit_format="diff-fenced", weak_model_name="gemini-2.5-flash",
        use_repo_map=True, max_output_tokens=65_536, context_window=1_048_576,
    ),
    "gemini-2.5-flash": _S(
        "gemini-2.5-flash", "gemini", edit_format="diff", weak_model_name="gemini-2.5-flash",
        use_repo_map=True, max_output_tokens=65_536, context_window=1_048_576,
    ),
    # --- Groq ---
    "llama-3.3-70b-versatile": _S(
        "llama-3.3-70b-versatile", "groq", edit_format="diff",
        weak_model_name="llama-3.1-8b-instant", use_repo_map=True, context_window=131_072,
    ),
    "llama-3.1-8b-instant": _S(
        "llama-3.1-8b-instant", "groq", edit_format="whole", context_window=131_072,
    ),
    # --- Ollama (local) ---
    "qwen2.5-coder:32b": _S(
        "qwen2.5-coder:32b", "ollama", edit_format="diff", use_repo_map=True,
        extra_params={"num_ctx": 16_384}, context_window=32_768,
    ),
    "llama3.2:3b": _S(
        "llama3.2:3b", "ollama", edit_format="whole", extra_params={"num_ctx": 8192},
        context_window=131_072,
    ),
}

MODEL_ALIASES: Dict[str, str] = {
    "sonnet": "claude-sonnet-4-5",
    "opus": "claude-opus-4-1",
    "haiku": "claude-haiku-4-5",
    "4.1": "gpt-4.1",
    "o4": "o4-mini",
    "gpt5": "gpt-5",
    "deepseek": "deepseek-chat",
    "r1": "deepseek-reasoner",
    "gemini": "gemini-2.5-pro",
    "flash": "gemini-2.5-flash",
    "groq": "llama-3.3-70b-versatile",
    "qwen": "qwen2.5-coder:32b",
}

# Prefixes that tell us which native provider to use for names not in the table.
_PREFIX_PROVIDERS = (
    ("claude-", "anthropic"),
    ("gpt-", "openai"),
    ("o1", "openai"),
    ("o3", "openai"),
    ("o4", "openai"),
    ("deepseek-", "deepseek"),
    ("gemini-", "gemini"),
    ("ollama/", "ollama"),
    ("ollama_chat/", "ollama"),
    ("groq/", "groq"),
)


def resolve_alias(name: str) -> str:
    return MODEL_ALIASES.get(name, name)


def guess_provider(name: str) -> str:
    for prefix, provider in _PREFIX_PROVIDERS:
        if name.startswith(prefix):
            return provider
    return "litellm"


def get_model_settings(name: str, strict: bool = False) -> ModelSettings:
    name = resolve_alias(name)
    if name in MODEL_SETTINGS:
        return MODEL_SETTINGS[name]
    if strict:
        raise ModelNotFound(name, difflib.get_close_matches(name, list(MODEL_SETTINGS), n=3))
    provider = guess_provider(name)
    if provider == "ollama":
        name = name.split("/", 1)[1]
    elif provider == "groq":
        name = name.split("/", 1)[1]
    return ModelSettings(name=name, provider=provider)


def with_overrides(settings: ModelSettings, overrides: Dict[str, Any]) -> ModelSettings:
    extra = dict(settings.extra_params)
    extra.update(overrides.pop("extra_params", {}) or {})
    return replace(settings, extra_params=extra, **overrides)


def list_known(provider: Optional[str] = None) -> List[str]:
    return sorted(
        name for name, s in MODEL_SETTINGS.items() if provider is None or s.provider == provider
    )

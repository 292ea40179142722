"""Typed view over the ``LLM_*`` keys in pelicanconf."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional


@dataclass(frozen=True)
class LLMSettings:
    enabled: bool = True
    dry_run: bool = False
    cache_dir: str = ".llm-cache"
    cache_ttl_days: int = 90
    openai_model: str = "gpt-4o-mini"
    openai_vision_model: str = "gpt-4o"
    openai_embed_model: str = "text-embedding-3-small"
    openai_base_url: Optional[str] = None
    anthropic_model: str = "claude-3-5-haiku-latest"
    anthropic_max_tokens: int = 1024
    gemini_model: str = "gemini-2.0-flash"
    gemini_vertex: bool = False
    gemini_project: Optional[str] = None
    gemini_location: str = "europe-west4"
    voyage_model: str = "voyage-3"
    voyage_rerank_model: str = "rerank-2"
    hf_token_env: str = "HF_TOKEN"
    hf_caption_model: str = "Salesforce/blip-image-captioning-large"
    hf_translation_model: str = "Helsinki-NLP/opus-mt-en-de"
    hf_image_model: str = "black-forest-labs/FLUX.1-schnell"
    hf_chat_model: str = "meta-llama/Llama-3.1-8B-Instruct"
    extra: dict = field(default_factory=dict)

    @property
    def hf_token(self) -> Optional[str]:
        return os.environ.get(self.hf_token_env)


_PREFIX = "LLM_"


def llm_settings(settings: Mapping[str, Any]) -> LLMSettings:
    """Build an :class:`LLMSettings` from a Pelican settings dict.

    Pelican passes ``generator.settings`` (or ``pelican.settings``) around; we
    only look at keys starting with ``LLM_``.
    """
    known = {f for f in LLMSettings.__dataclass_fields__ if f != "extra"}
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in settings.items():
        if not key.startswith(_PREFIX):
            continue
        name = key[len(_PREFIX):].lower()
        if name in known:
            kwargs[name] = value
        else:
            extra[name] = value
    if os.environ.get("LLM_DRY_RUN") == "1":
        kwargs["dry_run"] = True
    return LLMSettings(extra=extra, **kwargs)


def plugin_setting(settings: Mapping[str, Any], key: str, default: Any = None) -> Any:
    return settings.get(key, default)

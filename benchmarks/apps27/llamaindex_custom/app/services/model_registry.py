"""Named model presets that the API can select per request (``?model=``)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Dict, List

from llama_index.core.llms import LLM

from app.bootstrap import get_fast_llm
from app.clients import get_anthropic_client, get_mistral_client, get_openai_client
from app.config import get_config
from app.llms import ClaudeLLM, MistralLLM, OpenAIChatLLM, TogetherLLM

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ModelPreset:
    name: str
    description: str
    factory: Callable[[], LLM]
    streaming: bool = True


def _claude() -> LLM:
    cfg = get_config()
    return ClaudeLLM(api_key=cfg.anthropic_api_key, model=cfg.anthropic_model)


def _claude_haiku() -> LLM:
    cfg = get_config()
    return ClaudeLLM(api_key=cfg.anthropic_api_key, model="claude-3-5-haiku-20241022", max_tokens=512)


_REGISTRY: Dict[str, ModelPreset] = {
    "default": ModelPreset("default", "Claude Sonnet", _claude),
    "fast": ModelPreset("fast", "Claude Haiku", _claude_haiku),
    "gpt": ModelPreset("gpt", "GPT-4o mini", lambda: OpenAIChatLLM(model=get_config().openai_model)),
    "eu": ModelPreset("eu", "Mistral Large (EU)", lambda: MistralLLM(api_key=get_config().mistral_api_key)),
    "open": ModelPreset("open", "Llama 3.3 70B on Together", lambda: TogetherLLM()),
    "instant": ModelPreset("instant", "Llama 3.1 8B on Groq", get_fast_llm, streaming=False),
}

_instances: Dict[str, LLM] = {}


def get_llm(name: str) -> LLM:
    if name not in _REGISTRY:
        raise KeyError(f"unknown model preset {name!r}; choose one of {sorted(_REGISTRY)}")
    if name not in _instances:
        _instances[name] = _REGISTRY[name].factory()
    return _instances[name]


def presets() -> List[ModelPreset]:
    return list(_REGISTRY.values())


def list_vendor_models() -> Dict[str, List[str]]:
    """Used by the admin page to show which model ids our keys can see."""
    out: Dict[str, List[str]] = {}
    try:
        out["openai"] = sorted(m.id for m in get_openai_client().models.list())
    except Exception:  # noqa: BLE001
        logger.warning("could not list openai models", exc_info=True)
    try:
        out["anthropic"] = [m.id for m in get_anthropic_client().models.list(limit=50)]
    except Exception:  # noqa: BLE001
        logger.warning("could not list anthropic models", exc_info=True)
    try:
        out["mistral"] = [m.id for m in (get_mistral_client().models.list().data or [])]
    except Exception:  # noqa: BLE001
        logger.warning("could not list mistral models", exc_info=True)
    return out

"""Chat profile name -> backend factory."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from copilot.config import settings
from copilot.providers.backends import (
    AnthropicBackend,
    BedrockBackend,
    CerebrasBackend,
    ChatBackend,
    GroqBackend,
    LiteLLMBackend,
    OpenAIBackend,
    OpenRouterBackend,
)


@dataclass(frozen=True)
class ProfileSpec:
    name: str
    description: str
    icon: str
    factory: Callable[[Optional[str]], ChatBackend]
    models: tuple[str, ...]
    enabled: bool = True


PROFILES: dict[str, ProfileSpec] = {
    "Claude": ProfileSpec(
        "Claude",
        "Anthropic Claude -- best for long policy documents.",
        "/public/icons/anthropic.svg",
        AnthropicBackend,
        (settings.anthropic_model, settings.anthropic_fast_model),
        enabled=bool(settings.anthropic_api_key),
    ),
    "GPT": ProfileSpec(
        "GPT",
        "OpenAI GPT-4.1 -- general purpose.",
        "/public/icons/openai.svg",
        OpenAIBackend,
        (settings.openai_model, settings.openai_mini_model),
        enabled=bool(settings.openai_api_key),
    ),
    "Groq (fast)": ProfileSpec(
        "Groq (fast)",
        "Llama on Groq -- fastest answers on live calls.",
        "/public/icons/groq.svg",
        GroqBackend,
        (settings.groq_model, "llama-3.1-8b-instant"),
        enabled=bool(settings.groq_api_key),
    ),
    "Cerebras": ProfileSpec(
        "Cerebras",
        "Llama on Cerebras (pilot).",
        "/public/icons/cerebras.svg",
        CerebrasBackend,
        (settings.cerebras_model,),
        enabled=bool(settings.cerebras_api_key) and settings.env != "prod",
    ),
    "Bedrock Claude": ProfileSpec(
        "Bedrock Claude",
        "Claude through our AWS account (data stays in-region).",
        "/public/icons/aws.svg",
        BedrockBackend,
        (settings.bedrock_model,),
    ),
    "OpenRouter": ProfileSpec(
        "OpenRouter",
        "Experimental models through OpenRouter. Do not paste PII.",
        "/public/icons/openrouter.svg",
        OpenRouterBackend,
        (settings.openrouter_model, "mistralai/mistral-small-3.2-24b-instruct"),
        enabled=bool(settings.openrouter_api_key) and settings.env != "prod",
    ),
    "Auto (LiteLLM)": ProfileSpec(
        "Auto (LiteLLM)",
        "Let the platform pick.",
        "/public/icons/auto.svg",
        LiteLLMBackend,
        (settings.litellm_model,),
    ),
}

DEFAULT_PROFILE = "Claude"


def enabled_profiles() -> list[ProfileSpec]:
    return [p for p in PROFILES.values() if p.enabled]


def create_backend(profile_name: Optional[str], model: Optional[str] = None) -> ChatBackend:
    spec = PROFILES.get(profile_name or DEFAULT_PROFILE) or PROFILES[DEFAULT_PROFILE]
    return spec.factory(model)

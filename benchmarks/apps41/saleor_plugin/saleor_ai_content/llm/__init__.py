from .cache import PromptCache, prompt_cache
from .clients import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_cohere_client,
    get_async_openai_client,
    get_cohere_client,
    get_openai_client,
    get_together_client,
    get_together_openai_compat_client,
    get_voyage_client,
    reset_clients,
)
from .prompts import (
    build_checkout_upsell_prompt,
    build_description_messages,
    build_order_note_prompt,
    build_seo_prompt,
)

__all__ = [
    "PromptCache",
    "prompt_cache",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_cohere_client",
    "get_async_openai_client",
    "get_cohere_client",
    "get_openai_client",
    "get_together_client",
    "get_together_openai_compat_client",
    "get_voyage_client",
    "reset_clients",
    "build_checkout_upsell_prompt",
    "build_description_messages",
    "build_order_note_prompt",
    "build_seo_prompt",
]

"""litellm Router used by the nightly jobs (load-balances across two OpenAI keys
and falls back to Claude when OpenAI is rate limiting us)."""
import functools

import litellm

from .clients import _secret, configure_litellm


@functools.lru_cache(maxsize=1)
def get_router():
    configure_litellm()
    model_list = [
        {
            "model_name": "digest",
            "litellm_params": {"model": "openai/gpt-4o-mini", "api_key": _secret("openai_key")},
        },
        {
            "model_name": "digest",
            "litellm_params": {"model": "openai/gpt-4o-mini", "api_key": _secret("openai_key_batch")},
        },
        {
            "model_name": "digest-fallback",
            "litellm_params": {
                "model": "anthropic/claude-3-5-haiku-latest",
                "api_key": _secret("anthropic_key"),
            },
        },
    ]
    return litellm.Router(
        model_list=model_list,
        fallbacks=[{"digest": ["digest-fallback"]}],
        routing_strategy="simple-shuffle",
        num_retries=2,
    )

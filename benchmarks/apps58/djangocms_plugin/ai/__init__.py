"""AI helpers for editors: summaries, SEO descriptions, translations, alt text.

Clients are built once in ``AiConfig.ready()``; use the getters re-exported
here instead of instantiating SDK clients in views.
"""
from .clients import (  # noqa: F401
    get_anthropic,
    get_async_openai,
    get_deepseek,
    get_mistral,
    get_openai,
    get_voyage,
)

default_app_config = "ai.apps.AiConfig"

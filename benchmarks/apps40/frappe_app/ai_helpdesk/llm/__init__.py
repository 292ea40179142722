"""LLM helpers for ai_helpdesk.

Prefer ``ai_helpdesk.services.multi_model_service`` for new features; the
factories are re-exported here for the older modules that still use them.
"""

from ai_helpdesk.llm.clients import (  # noqa: F401
    clear_client_cache,
    default_model,
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_openai_client,
    get_azure_client,
    get_genai_client,
    get_groq_client,
    get_mistral_client,
    get_openai_client,
    get_settings,
)
from ai_helpdesk.llm.registry import get_backend  # noqa: F401

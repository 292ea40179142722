"""LLM access for the bots.

Prefer ``multi_model_service.generate_response``; the raw clients are exported for the
handlers that have not been migrated yet.
"""

# Re-exported so services don't need their own litellm import (and pin).
from litellm import acompletion, completion  # noqa: F401

from botkit.llm.clients import (  # noqa: F401
    async_groq_client,
    async_openrouter_client,
    get_mistral_client,
    groq_client,
    ollama_client,
    openrouter_client,
    replicate_client,
)
from botkit.llm import models  # noqa: F401

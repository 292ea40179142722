from .clients import (  # noqa: F401
    ai_client,
    get_anthropic_client,
    get_async_anthropic_client,
    get_cohere_client,
    get_cohere_v1_client,
    get_gemini_client,
    get_mistral_client,
    get_openai_client,
)
from .summarizer import RecordSummarizer  # noqa: F401
from .registry import registry  # noqa: F401

__all__ = [
    "ai_client",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_cohere_client",
    "get_cohere_v1_client",
    "get_gemini_client",
    "get_mistral_client",
    "get_openai_client",
    "RecordSummarizer",
    "registry",
]

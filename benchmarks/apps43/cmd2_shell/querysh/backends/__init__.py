"""LLM backends. Import from here rather than the individual modules."""
from querysh.backends.anthropic_backend import AnthropicBackend, anthropic_client
from querysh.backends.base import Backend, BackendError, Completion
from querysh.backends.cohere_backend import CohereBackend, embed_texts, make_cohere_client, rerank_columns
from querysh.backends.gemini_backend import GeminiBackend, get_gemini_client
from querysh.backends.openai_backend import OpenAIBackend, get_openai_client
from querysh.backends.perplexity_backend import PerplexityBackend, perplexity_client
from querysh.backends.registry import BACKENDS, build_clients, get_backend

__all__ = [
    "AnthropicBackend",
    "BACKENDS",
    "Backend",
    "BackendError",
    "CohereBackend",
    "Completion",
    "GeminiBackend",
    "OpenAIBackend",
    "PerplexityBackend",
    "anthropic_client",
    "build_clients",
    "embed_texts",
    "get_backend",
    "get_gemini_client",
    "get_openai_client",
    "make_cohere_client",
    "perplexity_client",
    "rerank_columns",
]

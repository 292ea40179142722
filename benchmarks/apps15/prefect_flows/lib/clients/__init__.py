"""Provider client factories.

Everything here is cached per process: Prefect task runners reuse worker processes,
and constructing SDK clients is not free (httpx pools, auth refresh).
"""
from lib.clients.cohere_client import get_async_cohere, get_cohere
from lib.clients.gemini import gemini_client
from lib.clients.hf_client import get_async_hf_client, get_hf_client
from lib.clients.mistral_client import get_mistral
from lib.clients.ollama_client import OLLAMA_BASE_URL, get_async_ollama, get_ollama

__all__ = [
    "OLLAMA_BASE_URL",
    "gemini_client",
    "get_async_cohere",
    "get_async_hf_client",
    "get_async_ollama",
    "get_cohere",
    "get_hf_client",
    "get_mistral",
    "get_ollama",
]

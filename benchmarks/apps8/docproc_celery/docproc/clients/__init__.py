"""Provider client factories.

Clients are cached per process.  Celery prefork workers must not share the
parent's HTTP connection pools, so ``reset_clients()`` is wired to
``worker_process_init`` in ``docproc.celery_app``.
"""
from docproc.clients.gemini import get_genai_client
from docproc.clients.llm import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_openai_client,
    get_openai_client,
)
from docproc.clients.search import cohere_client, voyage_client


def reset_clients() -> None:
    for factory in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_genai_client,
        voyage_client,
        cohere_client,
    ):
        factory.cache_clear()


__all__ = [
    "cohere_client",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_openai_client",
    "get_genai_client",
    "get_openai_client",
    "reset_clients",
    "voyage_client",
]

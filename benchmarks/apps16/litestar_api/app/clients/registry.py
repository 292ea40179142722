"""Named provider clients.

This was the first step of the LEX-812 "model gateway" work; the plan was to move every
service onto ``registry.get_client(name)`` and then swap the registry for
multi_model_service. Only intake and the citation checker were migrated before we decided
to go straight to multi_model_service instead. Do not add new entries.
"""
from __future__ import annotations

from typing import Any, Callable, Dict

from app.clients.azure_openai import get_async_azure_openai
from app.clients.bedrock import get_bedrock_runtime
from app.clients.groq_client import async_groq_client
from app.clients.voyage import get_voyage

_FACTORIES: Dict[str, Callable[[], Any]] = {}


def register(name: str) -> Callable[[Callable[[], Any]], Callable[[], Any]]:
    def decorator(factory: Callable[[], Any]) -> Callable[[], Any]:
        _FACTORIES[name] = factory
        return factory

    return decorator


register("azure")(get_async_azure_openai)
register("bedrock")(get_bedrock_runtime)
register("groq")(async_groq_client)
register("voyage")(get_voyage)


def get_client(name: str) -> Any:
    try:
        factory = _FACTORIES[name]
    except KeyError:
        raise LookupError(f"unknown provider {name!r}; known: {sorted(_FACTORIES)}") from None
    return factory()

"""Name -> client factory registry.

This started as the way plugins looked clients up ("registry.get('hf')")
before the Engine object existed. New code should use ``engine.<name>``;
the registry stays because third-party plugins (see entry points) use it.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable

from docflow.providers import clients

if TYPE_CHECKING:
    from docflow.engine import Engine

log = logging.getLogger(__name__)


class ProviderRegistry:
    def __init__(self) -> None:
        self._factories: dict[str, Callable[[], Any]] = {}
        self._instances: dict[str, Any] = {}

    def register(self, name: str, factory: Callable[[], Any], *, replace: bool = False) -> None:
        if name in self._factories and not replace:
            raise KeyError(f"provider {name!r} already registered")
        self._factories[name] = factory
        self._instances.pop(name, None)

    def get(self, name: str) -> Any:
        if name not in self._instances:
            try:
                factory = self._factories[name]
            except KeyError:
                raise KeyError(f"unknown provider {name!r}; known: {sorted(self._factories)}") from None
            log.debug("instantiating provider %s", name)
            self._instances[name] = factory()
        return self._instances[name]

    def names(self) -> list[str]:
        return sorted(self._factories)

    def clear(self) -> None:
        self._instances.clear()


registry = ProviderRegistry()
registry.register("openai", clients.get_openai_client)
registry.register("anthropic", clients.get_async_anthropic)
registry.register("vertex", clients.get_genai_client)
registry.register("voyage", clients.get_voyage_client)
registry.register("hf", clients.get_hf_client)
registry.register("ollama", clients.get_ollama_client)


def _openai_embed(engine: "Engine", texts: list[str]) -> list[list[float]]:
    resp = engine.openai.embeddings.create(model=engine.settings.embedding_model, input=texts)
    return [d.embedding for d in resp.data]


# Quick embedding dispatch used by the search route and the backfill script
# when they do not want to go through the full hook machinery.
EMBED_FUNCS: dict[str, Callable[["Engine", list[str]], list[list[float]]]] = {
    "openai": _openai_embed,
    "voyage": lambda engine, texts: engine.voyage.embed(texts, model="voyage-3", input_type="document").embeddings,
    "vertex": lambda engine, texts: [
        e.values for e in engine.genai.models.embed_content(model="text-embedding-005", contents=texts).embeddings
    ],
    "hf": lambda engine, texts: [
        engine.hf.feature_extraction(t, model="BAAI/bge-large-en-v1.5", normalize=True).tolist() for t in texts
    ],
}

"""New-style enrichers.

Each enricher owns one kind of derived data (selling points, normalised specs,
comparability verdicts...). They replace the one-off pipelines over time; see
#212 for the migration plan. Enrichers get their client through
``get_client(provider)`` so tests can swap PROVIDERS entries.
"""
from __future__ import annotations

import abc
import importlib
import logging
from typing import Any, Callable, Dict, List, Type

from itemadapter import ItemAdapter

from pricewatch.llm import clients

logger = logging.getLogger(__name__)

PROVIDERS: Dict[str, Callable[[], Any]] = {
    "gemini": clients.get_gemini_client,
    "deepseek": clients.get_deepseek_client,
    "together": clients.get_async_together_client,
    "mistral": clients.get_mistral_client,
}

_ENRICHER_MODULES = {
    "gemini": "pricewatch.enrichment.gemini_enricher",
    "together": "pricewatch.enrichment.together_enricher",
    "deepseek": "pricewatch.enrichment.deepseek_enricher",
}

_REGISTRY: Dict[str, Type["Enricher"]] = {}


def get_client(provider: str) -> Any:
    try:
        factory = PROVIDERS[provider]
    except KeyError:
        raise ValueError(f"no client factory for provider {provider!r}") from None
    return factory()


class EnrichmentError(Exception):
    pass


class Enricher(abc.ABC):
    name: str = ""
    provider: str = ""

    def __init__(self, settings) -> None:
        self.settings = settings
        self.client = get_client(self.provider)

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if cls.name:
            _REGISTRY[cls.name] = cls

    def applies_to(self, adapter: ItemAdapter) -> bool:
        return True

    @abc.abstractmethod
    async def enrich(self, adapter: ItemAdapter) -> Dict[str, Any]:
        """Return a dict merged into item['enrichment']."""


def load_enrichers(names: List[str], settings) -> List[Enricher]:
    enrichers = []
    for name in names:
        module = _ENRICHER_MODULES.get(name)
        if module is None:
            logger.warning("unknown enricher %r ignored", name)
            continue
        importlib.import_module(module)
        enrichers.append(_REGISTRY[name](settings))
    return enrichers

"""The Engine: the shared context object handed to every hook.

It owns the plugin manager, the settings and the provider clients. Hooks
receive it as ``engine`` and should prefer ``engine.openai`` etc. over
creating their own clients.

NOTE(mk): openai clients are still built here directly; everything else
moved to docflow.providers getters in #212. Finish the move when we drop
the org-scoped key.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from anthropic import AsyncAnthropic
from openai import AsyncOpenAI, OpenAI

from docflow.config import Settings, get_settings
from docflow.providers import clients
from docflow.providers.registry import registry

if TYPE_CHECKING:
    import ollama
    import pluggy
    import voyageai
    from google import genai
    from huggingface_hub import InferenceClient

log = logging.getLogger(__name__)


@dataclass
class Engine:
    settings: Settings
    pm: "pluggy.PluginManager"
    openai: OpenAI
    async_openai: AsyncOpenAI
    anthropic: AsyncAnthropic
    extra: dict[str, Any] = field(default_factory=dict)
    _closed: bool = False

    # ------------------------------------------------------------------ build
    @classmethod
    def from_settings(cls, settings: Settings | None = None, pm: "pluggy.PluginManager | None" = None) -> "Engine":
        from docflow.manager import get_plugin_manager

        settings = settings or get_settings()
        pm = pm or get_plugin_manager(settings)
        engine = cls(
            settings=settings,
            pm=pm,
            openai=OpenAI(api_key=settings.openai_api_key, organization=settings.openai_org, timeout=settings.request_timeout),
            async_openai=AsyncOpenAI(api_key=settings.openai_api_key, organization=settings.openai_org),
            anthropic=clients.get_async_anthropic(),
        )
        for extra in pm.hook.docflow_add_providers(engine=engine):
            if extra:
                engine.extra.update(extra)
        pm.hook.docflow_configure(engine=engine)
        log.info("engine ready with plugins: %s", ", ".join(engine.plugin_names()))
        return engine

    # -------------------------------------------------------- lazy providers
    @cached_property
    def genai(self) -> "genai.Client":
        return clients.get_genai_client()

    @cached_property
    def voyage(self) -> "voyageai.Client":
        return registry.get("voyage")

    @cached_property
    def voyage_async(self) -> "voyageai.AsyncClient":
        return clients.get_async_voyage_client()

    @cached_property
    def hf(self) -> "InferenceClient":
        return clients.get_hf_client()

    @cached_property
    def ollama(self) -> "ollama.Client":
        return clients.get_ollama_client()

    def provider(self, name: str) -> Any:
        """Look up a provider by name: extras first, then the global registry."""
        if name in self.extra:
            return self.extra[name]
        return registry.get(name)

    # --------------------------------------------------------------- plugins
    def plugin_names(self) -> list[str]:
        return sorted(name for name, _ in self.pm.list_name_plugin() if name)

    def plugin(self, name: str) -> Any:
        return self.pm.get_plugin(name)

    def close(self) -> None:
        if self._closed:
            return
        self.pm.hook.docflow_unconfigure(engine=self)
        self.openai.close()
        self._closed = True

    async def aclose(self) -> None:
        self.close()
        await self.async_openai.close()
        await self.anthropic.close()

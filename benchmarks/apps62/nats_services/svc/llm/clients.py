"""Client factories.

Every service used to build its own clients; they are now created once per
process here (cached getters) and bundled in ``LLMClients`` which the
``Service`` base keeps on ``self.llm``.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache

import anthropic
import cohere
import httpx
from openai import AsyncOpenAI, OpenAI
from together import AsyncTogether

from svc.config import Settings, get_settings

log = logging.getLogger(__name__)

_HTTP_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


@lru_cache(maxsize=1)
def get_openai() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(
        api_key=s.openai_api_key,
        organization=s.openai_org,
        timeout=s.request_timeout,
        max_retries=s.max_retries,
        http_client=httpx.AsyncClient(limits=_HTTP_LIMITS),
    )


@lru_cache(maxsize=1)
def get_sync_openai() -> OpenAI:
    s = get_settings()
    return OpenAI(api_key=s.openai_api_key, timeout=s.request_timeout)


@lru_cache(maxsize=1)
def get_anthropic() -> anthropic.AsyncAnthropic:
    s = get_settings()
    return anthropic.AsyncAnthropic(api_key=s.anthropic_api_key, max_retries=s.max_retries)


@lru_cache(maxsize=1)
def get_cohere() -> cohere.AsyncClientV2:
    s = get_settings()
    return cohere.AsyncClientV2(api_key=s.cohere_api_key, timeout=s.request_timeout)


@lru_cache(maxsize=1)
def get_together() -> AsyncTogether:
    s = get_settings()
    return AsyncTogether(api_key=s.together_api_key)


@dataclass
class LLMClients:
    openai: AsyncOpenAI
    anthropic: anthropic.AsyncAnthropic
    cohere: cohere.AsyncClientV2
    together: AsyncTogether
    deepseek: AsyncOpenAI
    extras: dict[str, object] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> "LLMClients":
        from svc.llm.deepseek import make_deepseek_client

        settings = settings or get_settings()
        return cls(
            openai=get_openai(),
            anthropic=get_anthropic(),
            cohere=get_cohere(),
            together=get_together(),
            deepseek=make_deepseek_client(settings),
        )

    async def aclose(self) -> None:
        for c in (self.openai, self.anthropic, self.together, self.deepseek):
            close = getattr(c, "close", None)
            if close is not None:
                try:
                    await close()
                except Exception:  # noqa: BLE001
                    log.debug("close failed for %r", c)


async def ping_providers(clients: LLMClients) -> dict[str, bool]:
    """Cheap liveness probe used by ``scripts/smoke_test.py --ping``."""
    status: dict[str, bool] = {}
    try:
        await clients.openai.models.list()
        status["openai"] = True
    except Exception:  # noqa: BLE001
        status["openai"] = False
    try:
        await clients.anthropic.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=1,
            messages=[{"role": "user", "content": "ping"}],
        )
        status["anthropic"] = True
    except anthropic.APIError:
        status["anthropic"] = False
    return status

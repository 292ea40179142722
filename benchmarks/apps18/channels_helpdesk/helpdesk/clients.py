"""
Central place for LLM SDK clients.

Two styles live here for historical reasons:

* ``llm`` -- a small service locator with ``cached_property`` clients. New code
  should use this (``from helpdesk.clients import llm``).
* module-level lazy getters (``get_router``, ``get_async_openai``) which predate
  the locator and are still used by the consumers and tasks. Don't add new ones.
"""
from __future__ import annotations

import logging
import threading
from functools import cached_property, lru_cache

import anthropic
import litellm
from django.conf import settings
from google import genai
from groq import AsyncGroq, Groq
from openai import AsyncOpenAI, OpenAI

logger = logging.getLogger("helpdesk.clients")

PERPLEXITY_BASE_URL = "https://api.perplexity.ai"


class LLMClients:
    """Lazily constructed SDK clients, one per process."""

    def __init__(self, timeout: float | None = None):
        self.timeout = timeout or settings.HELPDESK_LLM["REQUEST_TIMEOUT"]

    @cached_property
    def openai(self) -> OpenAI:
        return OpenAI(api_key=settings.OPENAI_API_KEY, timeout=self.timeout, max_retries=2)

    @cached_property
    def async_openai(self) -> AsyncOpenAI:
        return AsyncOpenAI(api_key=settings.OPENAI_API_KEY, timeout=self.timeout, max_retries=2)

    @cached_property
    def anthropic(self) -> anthropic.Anthropic:
        return anthropic.Anthropic(api_key=settings.ANTHROPIC_API_KEY, timeout=self.timeout)

    @cached_property
    def async_anthropic(self) -> anthropic.AsyncAnthropic:
        return anthropic.AsyncAnthropic(api_key=settings.ANTHROPIC_API_KEY, timeout=self.timeout)

    @cached_property
    def groq(self) -> Groq:
        return Groq(api_key=settings.GROQ_API_KEY)

    @cached_property
    def async_groq(self) -> AsyncGroq:
        return AsyncGroq(api_key=settings.GROQ_API_KEY)

    @cached_property
    def perplexity(self) -> OpenAI:
        # Perplexity exposes an OpenAI-compatible API.
        return OpenAI(api_key=settings.PERPLEXITY_API_KEY, base_url=PERPLEXITY_BASE_URL)

    @cached_property
    def gemini(self) -> genai.Client:
        return genai.Client(api_key=settings.GOOGLE_API_KEY)

    def reset(self) -> None:
        """Drop cached clients (used by tests and after key rotation)."""
        for name in ("openai", "async_openai", "anthropic", "async_anthropic", "groq",
                     "async_groq", "perplexity", "gemini"):
            self.__dict__.pop(name, None)


llm = LLMClients()


# ---------------------------------------------------------------------------
# Legacy module-level getters
# ---------------------------------------------------------------------------

_router: litellm.Router | None = None
_router_lock = threading.Lock()


def _model_list() -> list[dict]:
    cfg = settings.HELPDESK_LLM
    return [
        {
            "model_name": cfg["ANSWER_MODEL"],
            "litellm_params": {"model": "openai/gpt-4o-mini", "api_key": settings.OPENAI_API_KEY},
        },
        {
            "model_name": cfg["ANSWER_MODEL"],
            "litellm_params": {"model": f"anthropic/{cfg['CLAUDE_FAST_MODEL']}", "api_key": settings.ANTHROPIC_API_KEY},
        },
        {
            "model_name": "support-embed",
            "litellm_params": {"model": "openai/text-embedding-3-small", "api_key": settings.OPENAI_API_KEY},
        },
        {
            "model_name": "support-fast",
            "litellm_params": {"model": f"groq/{cfg['GROQ_MODEL']}", "api_key": settings.GROQ_API_KEY},
        },
    ]


def get_router() -> litellm.Router:
    global _router
    if _router is None:
        with _router_lock:
            if _router is None:
                _router = litellm.Router(
                    model_list=_model_list(),
                    routing_strategy="simple-shuffle",
                    num_retries=2,
                    timeout=settings.HELPDESK_LLM["REQUEST_TIMEOUT"],
                    fallbacks=[{"support-answer": ["support-fast"]}],
                )
                logger.info("litellm router ready with %d deployments", len(_model_list()))
    return _router


@lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    """Kept for the consumers; same thing as ``llm.async_openai``."""
    return AsyncOpenAI(api_key=settings.OPENAI_API_KEY)

"""Provider router.

Takes a persona + conversation and sends it to whichever backend the persona is
configured for, with a fallback provider when the primary one errors out. Every
backend returns an OpenAI-shaped response so `_to_reply` can stay generic.

NOTE(2024-09): the plan is for this to become a thin shim over
multi_model_service. Until that lands, the per-provider methods below are what
both bots actually use.
"""
from __future__ import annotations

import dataclasses
import logging
import time
from typing import AsyncIterator, Dict, List, Optional

from shared.clients import get_fireworks, get_groq, get_together, get_xai
from shared.config import (
    DEFAULT_FIREWORKS_MODEL,
    DEFAULT_GROK_MODEL,
    DEFAULT_GROQ_MODEL,
    DEFAULT_TOGETHER_MODEL,
)
from shared.errors import ProviderError
from shared.models import ChatMessage, Persona, Reply, history_to_api

log = logging.getLogger(__name__)

DEFAULT_MODELS = {
    "groq": DEFAULT_GROQ_MODEL,
    "together": DEFAULT_TOGETHER_MODEL,
    "xai": DEFAULT_GROK_MODEL,
    "fireworks": DEFAULT_FIREWORKS_MODEL,
}

FALLBACKS = {
    "groq": "together",
    "together": "groq",
    "xai": "groq",
    "fireworks": "together",
}


def _to_reply(resp, provider: str) -> Reply:
    choice = resp.choices[0]
    usage = getattr(resp, "usage", None)
    return Reply(
        text=(choice.message.content or "").strip(),
        provider=provider,
        model=resp.model,
        input_tokens=getattr(usage, "prompt_tokens", 0) or 0,
        output_tokens=getattr(usage, "completion_tokens", 0) or 0,
        finish_reason=choice.finish_reason,
    )


class ProviderRouter:
    def __init__(self) -> None:
        self._xai = get_xai()
        self._handlers = {
            "groq": self._call_groq,
            "together": self._call_together,
            "xai": self._call_xai,
            "fireworks": self._call_fireworks,
        }

    def _messages(self, persona: Persona, history: List[ChatMessage]) -> List[Dict[str, str]]:
        return [persona.system_message()] + history_to_api(history)

    async def complete(
        self,
        persona: Persona,
        history: List[ChatMessage],
        *,
        user_id: Optional[str] = None,
        allow_fallback: bool = True,
    ) -> Reply:
        messages = self._messages(persona, history)
        started = time.monotonic()
        try:
            reply = await self._handlers[persona.provider](persona, messages, user_id)
        except Exception as exc:
            fallback = FALLBACKS.get(persona.provider)
            if not allow_fallback or fallback is None:
                raise ProviderError(persona.provider, str(exc)) from exc
            log.warning("provider %s failed (%s); falling back to %s", persona.provider, exc, fallback)
            backup = dataclasses.replace(persona, provider=fallback, model=DEFAULT_MODELS[fallback])
            reply = await self._handlers[fallback](backup, messages, user_id)
            reply.extra["fallback_from"] = persona.provider
        reply.extra["latency_ms"] = int((time.monotonic() - started) * 1000)
        return reply

    async def _call_groq(self, persona: Persona, messages, user_id) -> Reply:
        resp = await get_groq().chat.completions.create(
            model=persona.model,
            messages=messages,
            temperature=persona.temperature,
            max_tokens=persona.max_tokens,
            user=user_id,
        )
        return _to_reply(resp, "groq")

    async def _call_together(self, persona: Persona, messages, user_id) -> Reply:
        client = get_together()
        resp = await client.chat.completions.create(
            model=persona.model,
            messages=messages,
            temperature=persona.temperature,
            max_tokens=persona.max_tokens,
            repetition_penalty=1.05,
        )
        return _to_reply(resp, "together")

    async def _call_xai(self, persona: Persona, messages, user_id) -> Reply:
        resp = await self._xai.chat.completions.create(
            model=persona.model,
            messages=messages,
            temperature=persona.temperature,
            max_tokens=persona.max_tokens,
            user=user_id,
        )
        return _to_reply(resp, "xai")

    async def _call_fireworks(self, persona: Persona, messages, user_id) -> Reply:
        fw = get_fireworks()
        resp = await fw.chat.completions.create(
            model=persona.model,
            messages=messages,
            temperature=persona.temperature,
            max_tokens=persona.max_tokens,
        )
        return _to_reply(resp, "fireworks")

    async def stream(self, persona: Persona, history: List[ChatMessage]) -> AsyncIterator[str]:
        """Yield text deltas. Only Groq streams for now; everything else yields once."""
        if persona.provider != "groq":
            reply = await self.complete(persona, history)
            yield reply.text
            return
        stream = await get_groq().chat.completions.create(
            model=persona.model,
            messages=self._messages(persona, history),
            temperature=persona.temperature,
            max_tokens=persona.max_tokens,
            stream=True,
        )
        async for chunk in stream:
            if not chunk.choices:
                continue
            delta = chunk.choices[0].delta.content
            if delta:
                yield delta


_router: Optional[ProviderRouter] = None


def get_router() -> ProviderRouter:
    global _router
    if _router is None:
        _router = ProviderRouter()
    return _router

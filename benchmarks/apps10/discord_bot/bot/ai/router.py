"""Pick a chat backend per guild and fall back when a provider is down."""
from __future__ import annotations

import json
import logging
import time
from typing import AsyncIterator, Dict, List, Optional

from bot.ai import clients
from bot.ai.backends import (
    AnthropicBackend,
    ChatBackend,
    Completion,
    GroqBackend,
    Message,
    OllamaBackend,
    OpenAIBackend,
)
from bot.config import settings
from bot.db.guild_settings import GuildSettings
from bot.errors import AllProvidersFailed

log = logging.getLogger(__name__)

# how long a provider stays benched after it errors
_COOLDOWN_S = 90.0


class ChatRouter:
    def __init__(self) -> None:
        self._backends: Dict[str, ChatBackend] = {}
        self._benched_until: Dict[str, float] = {}
        self._build()

    def _build(self) -> None:
        m = settings.models
        if settings.openai_api_key:
            self._backends["openai"] = OpenAIBackend(clients.get_openai(), m.chat)
        if settings.anthropic_api_key:
            self._backends["anthropic"] = AnthropicBackend(clients.get_anthropic(), m.summary)
        if settings.groq_api_key:
            self._backends["groq"] = GroqBackend(clients.get_groq(), m.groq_large)
        self._backends["ollama"] = OllamaBackend(clients.get_ollama(), m.local_chat)

    @property
    def names(self) -> List[str]:
        return list(self._backends)

    def _order_for(self, gs: Optional[GuildSettings]) -> List[ChatBackend]:
        preferred = gs.chat_provider if gs else "openai"
        order = [preferred] + [n for n in ("openai", "groq", "anthropic", "ollama") if n != preferred]
        now = time.monotonic()
        picked = [
            self._backends[n] for n in order
            if n in self._backends and self._benched_until.get(n, 0) <= now
        ]
        # never end up with nothing: the local box is the last resort even if benched
        return picked or [self._backends["ollama"]]

    def _bench(self, name: str) -> None:
        self._benched_until[name] = time.monotonic() + _COOLDOWN_S

    async def complete(self, messages: List[Message], gs: Optional[GuildSettings] = None,
                       **kwargs) -> Completion:
        errors = []
        for backend in self._order_for(gs):
            model = gs.chat_model if gs and gs.chat_provider == backend.name else None
            try:
                return await backend.complete(messages, model=model, **kwargs)
            except Exception as exc:
                log.warning("backend %s failed: %r", backend.name, exc)
                errors.append((backend.name, exc))
                self._bench(backend.name)
        raise AllProvidersFailed(str(errors))

    async def stream(self, messages: List[Message], gs: Optional[GuildSettings] = None,
                     **kwargs) -> AsyncIterator[str]:
        backend = self._order_for(gs)[0]
        model = gs.chat_model if gs and gs.chat_provider == backend.name else None
        try:
            async for piece in backend.stream(messages, model=model, **kwargs):
                yield piece
        except Exception:
            self._bench(backend.name)
            raise


async def classify_intent(text: str) -> str:
    """Cheap routing hint for mention replies: 'question', 'chitchat', or 'command'."""
    resp = await clients.get_groq().chat.completions.create(
        model=settings.models.fast,
        messages=[
            {
                "role": "system",
                "content": 'Classify the Discord message. Reply JSON {"intent": "question"|"chitchat"|"command"}.',
            },
            {"role": "user", "content": text[:1500]},
        ],
        response_format={"type": "json_object"},
        temperature=0,
        max_completion_tokens=20,
    )
    try:
        return json.loads(resp.choices[0].message.content).get("intent", "question")
    except (TypeError, ValueError):
        return "question"


_router: Optional[ChatRouter] = None


def get_router() -> ChatRouter:
    global _router
    if _router is None:
        _router = ChatRouter()
    return _router

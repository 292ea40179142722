"""Dialogue engine: turns player input + NPC memory into an NPC reply.

``reply`` is blocking and meant to run on the LLMWorker. ``stream_reply`` is
used by the dialogue scene for the typewriter effect on Claude-backed NPCs.
"""
from __future__ import annotations

import logging
import queue
from typing import Iterator

from rpg.ai.prompts import npc_system_prompt
from rpg.ai.registry import Backend, get_backend
from settings import AI_SETTINGS

log = logging.getLogger(__name__)

MAX_PROMPT_TOKENS = 3000


class DialogueEngine:
    def __init__(self, anthropic_client=None, default_backend: str | None = None):
        # main.py hands us the shared anthropic client for streaming; may be None offline
        self.anthropic = anthropic_client
        self.default_backend = default_backend

    def backend_for(self, npc) -> Backend:
        return npc.brain or get_backend(npc.backend_name or self.default_backend)

    def reply(self, npc, player_text: str, situation: str = "standing in the village square") -> str:
        npc.memory.add_turn("user", player_text)
        system = npc_system_prompt(npc, situation)
        backend = self.backend_for(npc)
        text = backend.complete(system, npc.memory.as_messages(), max_tokens=AI_SETTINGS.max_reply_tokens)
        text = self._clean(text, npc)
        npc.memory.add_turn("assistant", text)
        return text

    def prompt_fits(self, npc, player_text: str) -> bool:
        if self.anthropic is None:
            return True
        count = self.anthropic.messages.count_tokens(
            model=AI_SETTINGS.anthropic_model,
            system=npc_system_prompt(npc),
            messages=npc.memory.as_messages() + [{"role": "user", "content": player_text}],
        )
        return count.input_tokens < MAX_PROMPT_TOKENS

    def stream_reply(self, npc, player_text: str, out: "queue.Queue[str | None]") -> str:
        """Push text deltas into ``out`` as they arrive; ``None`` marks the end."""
        npc.memory.add_turn("user", player_text)
        chunks: list[str] = []
        try:
            with self.anthropic.messages.stream(
                model=AI_SETTINGS.anthropic_model,
                system=npc_system_prompt(npc),
                messages=npc.memory.as_messages(),
                max_tokens=AI_SETTINGS.max_reply_tokens,
            ) as stream:
                for delta in stream.text_stream:
                    chunks.append(delta)
                    out.put(delta)
        finally:
            out.put(None)
        text = self._clean("".join(chunks), npc)
        npc.memory.add_turn("assistant", text)
        return text

    @staticmethod
    def _clean(text: str, npc) -> str:
        text = (text or "").strip()
        prefix = f"{npc.name}:"
        if text.startswith(prefix):
            text = text[len(prefix):].lstrip()
        return text.strip('"') or "..."

    def iter_words(self, text: str) -> Iterator[str]:
        for word in text.split(" "):
            yield word + " "

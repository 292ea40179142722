"""Conversational tutor (OpenAI).  One instance per process, stored in dp["tutor"]."""
from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass, field
from typing import AsyncIterator

from openai import AsyncOpenAI

from bot.prompts import ROLEPLAY_PROMPT, TUTOR_SYSTEM_PROMPT

log = logging.getLogger(__name__)


@dataclass
class ChatHistory:
    max_turns: int = 12
    turns: deque[dict[str, str]] = field(default_factory=deque)

    def add(self, role: str, content: str) -> None:
        self.turns.append({"role": role, "content": content})
        while len(self.turns) > self.max_turns * 2:
            self.turns.popleft()

    def as_messages(self) -> list[dict[str, str]]:
        return list(self.turns)


class TutorService:
    def __init__(self, client: AsyncOpenAI, model: str = "gpt-4o-mini") -> None:
        self._client = client
        self.model = model
        self._histories: dict[int, ChatHistory] = {}

    def history(self, user_id: int) -> ChatHistory:
        return self._histories.setdefault(user_id, ChatHistory())

    def reset(self, user_id: int) -> None:
        self._histories.pop(user_id, None)

    async def reply(self, user_id: int, text: str, *, level: str, target_language: str) -> str:
        history = self.history(user_id)
        history.add("user", text)
        system = TUTOR_SYSTEM_PROMPT.format(level=level, language=target_language)
        completion = await self._client.chat.completions.create(
            model=self.model,
            messages=[{"role": "system", "content": system}, *history.as_messages()],
            temperature=0.7,
            max_tokens=400,
        )
        answer = completion.choices[0].message.content or ""
        history.add("assistant", answer)
        return answer

    async def stream_roleplay(self, user_id: int, scenario: str, text: str, *, level: str) -> AsyncIterator[str]:
        history = self.history(user_id)
        history.add("user", text)
        stream = await self._client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": ROLEPLAY_PROMPT.format(scenario=scenario, level=level)},
                *history.as_messages(),
            ],
            stream=True,
        )
        collected: list[str] = []
        async for chunk in stream:
            if not chunk.choices:
                continue
            delta = chunk.choices[0].delta.content or ""
            collected.append(delta)
            yield delta
        history.add("assistant", "".join(collected))

    async def summarize_session(self, user_id: int) -> str:
        history = self.history(user_id)
        if not history.turns:
            return ""
        transcript = "\n".join(f"{t['role']}: {t['content']}" for t in history.turns)
        response = await self._client.responses.create(
            model=self.model,
            instructions="Summarize the learner's mistakes and new vocabulary as a short bullet list.",
            input=transcript,
        )
        return response.output_text

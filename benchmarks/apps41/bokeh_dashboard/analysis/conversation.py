"""Multi-turn 'ask the chart' conversations (newer panel, per-session objects).

Half-migrated: the Mistral path streams, the Claude path still blocks.  The
OpenAI follow-up lives in ui/callbacks.py for historical reasons.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from anthropic import AsyncAnthropic

from analysis import prompts
from analysis.state import CLIENTS
from config import settings

log = logging.getLogger(__name__)


@dataclass
class Turn:
    role: str
    content: str


@dataclass
class Conversation:
    provider: str
    system: str = prompts.SYSTEM_EXPLAINER
    turns: list[Turn] = field(default_factory=list)

    def add(self, role: str, content: str) -> None:
        self.turns.append(Turn(role, content))

    def as_messages(self) -> list[dict]:
        return [{"role": t.role, "content": t.content} for t in self.turns]


class ConversationRunner:
    def __init__(self, conversation: Conversation):
        self.conv = conversation
        self._async_claude: AsyncAnthropic | None = None

    def reply_mistral_stream(self, question: str, on_text) -> str:
        self.conv.add("user", question)
        chunks: list[str] = []
        res = CLIENTS.mistral.chat.stream(
            model=settings.mistral_model,
            messages=[{"role": "system", "content": self.conv.system}] + self.conv.as_messages(),
        )
        with res as event_stream:
            for event in event_stream:
                delta = event.data.choices[0].delta.content
                if delta:
                    chunks.append(delta)
                    on_text("".join(chunks))
        answer = "".join(chunks)
        self.conv.add("assistant", answer)
        return answer

    def reply_claude(self, question: str) -> str:
        self.conv.add("user", question)
        msg = CLIENTS.anthropic.messages.create(
            model=settings.anthropic_model,
            max_tokens=500,
            system=self.conv.system,
            messages=self.conv.as_messages(),
        )
        answer = msg.content[0].text
        self.conv.add("assistant", answer)
        return answer

    async def reply_claude_async(self, question: str) -> str:
        if self._async_claude is None:
            self._async_claude = AsyncAnthropic()
        self.conv.add("user", question)
        msg = await self._async_claude.messages.create(
            model=settings.anthropic_model,
            max_tokens=500,
            system=self.conv.system,
            messages=self.conv.as_messages(),
        )
        answer = msg.content[0].text
        self.conv.add("assistant", answer)
        return answer

    async def reply_bedrock(self, question: str) -> str:
        self.conv.add("user", question)
        resp = await asyncio.to_thread(
            CLIENTS.bedrock.converse,
            modelId=settings.bedrock_model_id,
            system=[{"text": self.conv.system}],
            messages=[{"role": t.role, "content": [{"text": t.content}]} for t in self.conv.turns],
        )
        answer = resp["output"]["message"]["content"][0]["text"]
        self.conv.add("assistant", answer)
        return answer


def new_conversation(provider: str) -> Conversation:
    return Conversation(provider=provider)

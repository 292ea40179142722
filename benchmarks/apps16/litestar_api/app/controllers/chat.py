from __future__ import annotations

import json
import logging
from typing import AsyncIterator, List
from uuid import UUID

from litestar import Controller, Request, post
from litestar.response import ServerSentEvent
from openai import AsyncAzureOpenAI

from app.config import get_settings
from app.db.repositories import ChunkRepository
from app.schemas import ChatRequest

logger = logging.getLogger(__name__)

MATTER_CHAT_SYSTEM = """You are Lexbridge Assistant, helping attorneys work on a single client matter.
Answer only from the provided matter excerpts; cite them as [n]. If the excerpts don't answer
the question, say so and suggest what to look for. Never give advice to non-attorneys."""


class ChatController(Controller):
    path = "/matters/{matter_id:uuid}/chat"
    tags = ["chat"]

    @post("/")
    async def chat(
        self, matter_id: UUID, data: ChatRequest, azure: AsyncAzureOpenAI, chunk_repo: ChunkRepository
    ) -> ServerSentEvent:
        excerpts: List[str] = []
        for i, chunk_id in enumerate(data.context_chunk_ids[:12], start=1):
            chunk = await chunk_repo.get_or_none(chunk_id)
            if chunk is not None:
                excerpts.append(f"[{i}] {chunk.text}")
        system = MATTER_CHAT_SYSTEM + "\n\nMatter excerpts:\n" + ("\n\n".join(excerpts) or "(none)")
        messages = [{"role": "system", "content": system}] + [
            {"role": m.role, "content": m.content} for m in data.messages[-20:]
        ]

        async def events() -> AsyncIterator[str]:
            stream = await azure.chat.completions.create(
                model=get_settings().azure_chat_deployment,
                messages=messages,
                temperature=0.2,
                stream=True,
                stream_options={"include_usage": True},
            )
            async for chunk in stream:
                if chunk.usage is not None:
                    logger.info(
                        "matter chat %s usage in=%d out=%d", matter_id, chunk.usage.prompt_tokens, chunk.usage.completion_tokens
                    )
                if chunk.choices and chunk.choices[0].delta.content:
                    yield json.dumps({"delta": chunk.choices[0].delta.content})
            yield json.dumps({"done": True})

        return ServerSentEvent(events())

    @post("/suggestions")
    async def follow_up_suggestions(self, request: Request, matter_id: UUID, data: ChatRequest) -> List[str]:
        """Three follow-up questions shown as chips under the last answer. Needs to be fast."""
        transcript = "\n".join(f"{m.role}: {m.content[:1500]}" for m in data.messages[-6:])
        resp = await request.app.state.groq.chat.completions.create(
            model=get_settings().groq_fast_model,
            messages=[
                {
                    "role": "system",
                    "content": 'Suggest three short follow-up questions an attorney might ask next. '
                    'Return JSON: {"questions": [..]}',
                },
                {"role": "user", "content": transcript},
            ],
            response_format={"type": "json_object"},
            temperature=0.5,
            max_tokens=150,
        )
        try:
            return json.loads(resp.choices[0].message.content)["questions"][:3]
        except (KeyError, TypeError, json.JSONDecodeError):
            return []

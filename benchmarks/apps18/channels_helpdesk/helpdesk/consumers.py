"""WebSocket consumers.

* AgentAssistConsumer  -- agent side panel: streams suggested answers while the agent types.
* CustomerChatConsumer -- public chat widget, RAG answers from the KB.
* ClaudeDraftConsumer  -- "Draft with Claude" button, streams a full reply draft.
* LiveTranslateConsumer -- live translation of a message being typed.
"""
from __future__ import annotations

import json
import logging

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer, AsyncWebsocketConsumer
from django.conf import settings
from google.genai import types

from .clients import get_async_openai, llm
from .models import Message, Ticket
from .services import multi_model_service, TaskComplexity
from .services.answering import stream_answer
from .services.moderation import moderate
from .services.web_search import AsyncResearcher
from .prompts import DRAFT_SYSTEM_PROMPT, SUPPORT_SYSTEM_PROMPT, ticket_transcript
from .streaming import TokenBuffer, frame, stream_chat_tokens

logger = logging.getLogger("helpdesk.consumers")


@database_sync_to_async
def _load_ticket(ticket_id: int):
    return Ticket.objects.select_related("customer").get(pk=ticket_id)


@database_sync_to_async
def _transcript(ticket) -> str:
    return ticket_transcript(ticket, include_internal=True)


@database_sync_to_async
def _save_bot_message(ticket, body: str, internal: bool = True):
    return Message.objects.create(ticket=ticket, author_type=Message.Author.BOT, body=body, is_internal=internal)


class AgentAssistConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        user = self.scope.get("user")
        if not user or not user.is_staff:
            await self.close(code=4403)
            return
        self.ticket_id = int(self.scope["url_route"]["kwargs"]["ticket_id"])
        self.ticket = await _load_ticket(self.ticket_id)
        self.group_name = f"ticket_{self.ticket_id}"
        self.openai = get_async_openai()
        self.groq = llm.async_groq
        self.researcher = AsyncResearcher()
        await self.channel_layer.group_add(self.group_name, self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        if hasattr(self, "group_name"):
            await self.channel_layer.group_discard(self.group_name, self.channel_name)

    async def receive_json(self, content, **kwargs):
        action = content.get("action")
        if action == "suggest":
            await self._suggest(content.get("question", ""))
        elif action == "intent":
            await self._intent(content.get("text", ""))
        elif action == "research":
            answer = await self.researcher.ask(content.get("question", ""))
            await self.send_json({"type": "research", "answer": answer})
        elif action == "followups":
            await self._followups()
        else:
            await self.send_json({"type": "error", "error": f"unknown action {action!r}"})

    async def _suggest(self, question: str):
        transcript = await _transcript(self.ticket)
        messages = [
            {"role": "system", "content": SUPPORT_SYSTEM_PROMPT},
            {"role": "user", "content": f"{transcript}\n\nAgent question: {question}"},
        ]
        buf = TokenBuffer()
        async for delta in stream_chat_tokens(self.openai, settings.HELPDESK_LLM["DEFAULT_CHAT_MODEL"], messages):
            piece = buf.add(delta)
            if piece:
                await self.send_json({"type": "delta", "text": piece})
        tail = buf.flush()
        if tail:
            await self.send_json({"type": "delta", "text": tail})
        await self.send_json({"type": "done"})
        await _save_bot_message(self.ticket, buf.full_text)

    async def _intent(self, text: str):
        completion = await self.groq.chat.completions.create(
            model=settings.HELPDESK_LLM["GROQ_MODEL"],
            messages=[
                {"role": "system", "content": "Label the intent of the message in 1-3 words."},
                {"role": "user", "content": text[:2000]},
            ],
            max_tokens=10,
            temperature=0,
        )
        await self.send_json({"type": "intent", "label": completion.choices[0].message.content.strip()})

    async def _followups(self):
        transcript = await _transcript(self.ticket)
        response = await multi_model_service.generate_response(
            prompt=f"Suggest three short follow-up questions the agent could ask:\n\n{transcript}",
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            ticket_id=self.ticket_id,
        )
        await self.send_json({"type": "followups", "text": response.text})

    async def ticket_updated(self, event):
        """Group message sent by signals.py when the ticket changes."""
        self.ticket = await _load_ticket(self.ticket_id)
        await self.send_json({"type": "ticket_updated", "status": event.get("status")})


class CustomerChatConsumer(AsyncWebsocketConsumer):
    MAX_HISTORY = 10

    async def connect(self):
        self.session_id = self.scope["url_route"]["kwargs"]["session_id"]
        self.history: list[dict] = []
        self.locale = "en"
        await self.accept()

    async def receive(self, text_data=None, bytes_data=None):
        try:
            data = json.loads(text_data or "{}")
        except json.JSONDecodeError:
            await self.send(frame("error", error="bad json"))
            return
        question = (data.get("message") or "").strip()
        self.locale = data.get("locale", self.locale)
        if not question:
            return

        verdict = await database_sync_to_async(moderate)(question)
        if verdict.flagged:
            await self.send(frame("blocked", categories=verdict.categories))
            return

        answer = ""
        async for piece in stream_answer(question, self.history[-self.MAX_HISTORY :], self.locale):
            answer += piece
            await self.send(frame("delta", text=piece))
        await self.send(frame("done"))
        self.history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


class ClaudeDraftConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        if not self.scope["user"].is_authenticated:
            await self.close(code=4401)
            return
        self.ticket = await _load_ticket(int(self.scope["url_route"]["kwargs"]["ticket_id"]))
        await self.accept()

    async def receive_json(self, content, **kwargs):
        transcript = await _transcript(self.ticket)
        tone = content.get("tone", "friendly")
        buf = TokenBuffer(flush_at=40)
        async with llm.async_anthropic.messages.stream(
            model=settings.HELPDESK_LLM["CLAUDE_MODEL"],
            max_tokens=1000,
            system=f"{DRAFT_SYSTEM_PROMPT} Tone: {tone}.",
            messages=[{"role": "user", "content": transcript}],
        ) as stream:
            async for text in stream.text_stream:
                piece = buf.add(text)
                if piece:
                    await self.send_json({"type": "delta", "text": piece})
            final = await stream.get_final_message()
        tail = buf.flush()
        if tail:
            await self.send_json({"type": "delta", "text": tail})
        await self.send_json(
            {"type": "done", "usage": {"in": final.usage.input_tokens, "out": final.usage.output_tokens}}
        )


class LiveTranslateConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        await self.accept()

    async def receive_json(self, content, **kwargs):
        text = content.get("text", "")
        target = content.get("target", "en")
        if len(text) < 3:
            return
        async for chunk in await llm.gemini.aio.models.generate_content_stream(
            model=settings.HELPDESK_LLM["GEMINI_MODEL"],
            contents=f"Translate into {target}, output only the translation:\n\n{text}",
            config=types.GenerateContentConfig(temperature=0),
        ):
            if chunk.text:
                await self.send_json({"type": "delta", "text": chunk.text})
        await self.send_json({"type": "done"})

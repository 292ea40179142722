"""Matter-scoped assistant chat."""
from __future__ import annotations

import json
import logging

from blacksheep import Response, StreamedContent
from blacksheep.server.bindings import FromJSON
from blacksheep.server.controllers import Controller, post

from lexbrief.clients import ProviderClients
from lexbrief.models import AskRequest
from lexbrief.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

ASSISTANT_INSTRUCTIONS = (
    "You are LexBrief, an assistant for lawyers. Be precise, flag uncertainty, "
    "never invent citations, and remind the user to verify primary sources."
)


class ChatController(Controller):
    clients: ProviderClients

    @classmethod
    def route(cls) -> str:
        return "/api/chat"

    @post("/")
    async def ask(self, data: FromJSON[AskRequest]) -> Response:
        resp = await multi_model_service.generate_response(
            prompt=data.value.question,
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            system=ASSISTANT_INSTRUCTIONS,
            matter_id=data.value.matter_id,
        )
        return self.json({"answer": resp.text, "model": resp.model})

    @post("/stream")
    async def ask_stream(self, data: FromJSON[AskRequest]) -> Response:
        openai_client = self.clients.openai
        question = data.value.question

        async def events():
            stream = await openai_client.responses.create(
                model="gpt-4.1",
                instructions=ASSISTANT_INSTRUCTIONS,
                input=question,
                stream=True,
            )
            async for event in stream:
                if event.type == "response.output_text.delta":
                    yield f"data: {json.dumps({'delta': event.delta})}\n\n".encode()
                elif event.type == "response.completed":
                    yield b"data: [DONE]\n\n"

        return Response(200, content=StreamedContent(b"text/event-stream", events))

    @post("/deep")
    async def deep_answer(self, data: FromJSON[AskRequest]) -> Response:
        """Long-form research memo; uses Claude with extended thinking."""
        anthropic = self.clients.anthropic
        chunks: list[str] = []
        async with anthropic.messages.stream(
            model="claude-sonnet-4-20250514",
            max_tokens=16000,
            thinking={"type": "enabled", "budget_tokens": 8000},
            system=ASSISTANT_INSTRUCTIONS,
            messages=[{"role": "user", "content": data.value.question}],
        ) as stream:
            async for event in stream:
                if event.type == "text":
                    chunks.append(event.text)
            final = await stream.get_final_message()
        log.info("deep answer used %s output tokens", final.usage.output_tokens)
        return self.json({"memo": "".join(chunks)})

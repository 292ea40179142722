"""Customer chat endpoints."""
from __future__ import annotations

import json
import logging

from starlette.requests import Request
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route

from supportbot.keys import PrimaryChatClient
from supportbot.routes.deps import resolve, tenant_of
from supportbot.services import ConversationService, IntentClassifier
from supportbot.services.conversation import SYSTEM_PROMPT
from supportbot.services.multi_model_service import TaskComplexity, multi_model_service
from supportbot.settings import Settings
from supportbot.utils import redact

log = logging.getLogger(__name__)


async def chat_turn(request: Request) -> JSONResponse:
    body = await request.json()
    service = resolve(request, ConversationService)
    intent = resolve(request, IntentClassifier).classify(body["message"])
    turn = await service.reply(body.get("history", []), body["message"], tenant_id=tenant_of(request))
    return JSONResponse(
        {"reply": turn.reply, "handoff": turn.handoff, "sources": turn.sources, "intent": intent}
    )


async def chat_stream(request: Request) -> StreamingResponse:
    body = await request.json()
    client = request.app.state.injector.get(PrimaryChatClient)
    model = request.app.state.injector.get(Settings).primary_chat_model
    messages = [{"role": "system", "content": SYSTEM_PROMPT}] + body.get("history", []) + [
        {"role": "user", "content": redact(body["message"])}
    ]

    async def events():
        stream = await client.chat.completions.create(
            model=model,
            messages=messages,
            stream=True,
            stream_options={"include_usage": True},
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield f"data: {json.dumps({'delta': chunk.choices[0].delta.content})}\n\n"
        yield "data: [DONE]\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")


async def quick_answer(request: Request) -> JSONResponse:
    """FAQ-style one-shot answer, no retrieval. Goes through the tracked service."""
    body = await request.json()
    text = await multi_model_service.generate_response(
        prompt=redact(body["question"]),
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
        system="Answer in at most two sentences. If unsure, say you will connect an agent.",
        tenant_id=tenant_of(request),
    )
    return JSONResponse({"answer": text})


async def followups(request: Request) -> JSONResponse:
    body = await request.json()
    chips = await resolve(request, ConversationService).suggest_followups(body["history"])
    return JSONResponse({"suggestions": chips})


routes = [
    Route("/chat", chat_turn, methods=["POST"]),
    Route("/chat/stream", chat_stream, methods=["POST"]),
    Route("/chat/quick", quick_answer, methods=["POST"]),
    Route("/chat/followups", followups, methods=["POST"]),
]

"""Live-chat widget endpoints (token streaming over SSE)."""
from __future__ import annotations

import json
import logging

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from app.routes.deps import get_async_anthropic, get_perplexity, get_supervisor_graph
from app.config import settings

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/chat", tags=["chat"])

WIDGET_SYSTEM = "You are the Northwind live-chat assistant. Be brief. Offer to open a ticket for account issues."


class ChatTurn(BaseModel):
    session_id: str
    history: list[dict[str, str]] = []
    message: str


def _sse(payload: dict) -> str:
    return f"data: {json.dumps(payload)}\n\n"


@router.post("/stream")
async def chat_stream(turn: ChatTurn, client=Depends(get_async_anthropic)):
    messages = [*turn.history[-12:], {"role": "user", "content": turn.message}]

    async def gen():
        async with client.messages.stream(
            model=settings.responder_model,
            max_tokens=600,
            system=WIDGET_SYSTEM,
            messages=messages,
        ) as stream:
            async for text in stream.text_stream:
                yield _sse({"delta": text})
            final = await stream.get_final_message()
        yield _sse({"done": True, "stop_reason": final.stop_reason})

    return StreamingResponse(gen(), media_type="text/event-stream")


@router.post("/ask-web")
def ask_web(turn: ChatTurn, pplx=Depends(get_perplexity)):
    """'Is there an outage?' style questions from the widget. Sync generator, runs in threadpool."""

    def gen():
        stream = pplx.chat.completions.create(
            model=settings.research_model,
            messages=[{"role": "user", "content": turn.message}],
            stream=True,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield _sse({"delta": chunk.choices[0].delta.content})
        yield _sse({"done": True})

    return StreamingResponse(gen(), media_type="text/event-stream")


@router.post("/agent")
async def chat_agent(turn: ChatTurn, graph=Depends(get_supervisor_graph)) -> dict:
    result = await graph.ainvoke(
        {"ticket_id": turn.session_id, "messages": [{"role": "user", "content": turn.message}], "hops": 0},
        config={"configurable": {"thread_id": f"chat-{turn.session_id}"}},
    )
    return {"answer": result.get("final")}

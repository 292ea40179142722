import json
import logging
from typing import List

from dependency_injector.wiring import Provide, inject
from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse

from app.containers import Container
from app.repositories.ticket_repository import TicketRepository
from app.schemas import ChatRequest, Message
from app.services.chat_service import AssistChatService
from app.utils import render_transcript

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/chat", tags=["assist-chat"])

# conversation history lives in the browser; the client sends the last turns with each request
_HISTORY_LIMIT = 20


def _sse(data: dict) -> str:
    return f"data: {json.dumps(data)}\n\n"


@router.post("/stream")
@inject
async def stream_chat(
    req: ChatRequest,
    history: List[Message] = [],  # noqa: B006 - FastAPI body field
    chat: AssistChatService = Depends(Provide[Container.chat_service]),
    tickets: TicketRepository = Depends(Provide[Container.ticket_repository]),
) -> StreamingResponse:
    context = ""
    if req.ticket_id is not None:
        ticket = await tickets.get(req.ticket_id)
        context = f"#{ticket.id} {ticket.subject}\n{ticket.body[:4000]}"

    async def events():
        async for piece in chat.stream_answer(history[-_HISTORY_LIMIT:], req.message, context):
            yield _sse({"delta": piece})
        yield _sse({"done": True})

    return StreamingResponse(events(), media_type="text/event-stream")


@router.post("/suggestions")
@inject
async def suggestions(
    history: List[Message],
    chat: AssistChatService = Depends(Provide[Container.chat_service]),
) -> dict:
    return {"suggestions": await chat.suggest_followups(history)}


@router.post("/rephrase")
@inject
async def rephrase(
    text: str,
    style: str = "friendlier",
    aoai=Depends(Provide[Container.async_azure_openai_client]),
    deployment: str = Depends(Provide[Container.config.azure.mini_deployment]),
) -> StreamingResponse:
    """Rewrite the agent's draft in a different style, streamed into the editor."""

    async def events():
        stream = await aoai.chat.completions.create(
            model=deployment,
            messages=[
                {"role": "system", "content": f"Rewrite the text to be {style}. Keep the meaning."},
                {"role": "user", "content": text},
            ],
            stream=True,
            temperature=0.7,
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield _sse({"delta": chunk.choices[0].delta.content})
        yield _sse({"done": True})

    return StreamingResponse(events(), media_type="text/event-stream")


@router.get("/{ticket_id}/recap")
@inject
async def recap(
    ticket_id: int,
    tickets: TicketRepository = Depends(Provide[Container.ticket_repository]),
    genai_client=Depends(Provide[Container.genai_client]),
    model: str = Depends(Provide[Container.config.vertex.summary_model]),
) -> StreamingResponse:
    ticket = await tickets.get(ticket_id)
    transcript = render_transcript([m.model_dump() for m in ticket.messages]) or ticket.body

    async def events():
        async for chunk in await genai_client.aio.models.generate_content_stream(
            model=model,
            contents=f"Recap this conversation for the agent in 3 sentences:\n\n{transcript}",
        ):
            if chunk.text:
                yield _sse({"delta": chunk.text})
        yield _sse({"done": True})

    return StreamingResponse(events(), media_type="text/event-stream")

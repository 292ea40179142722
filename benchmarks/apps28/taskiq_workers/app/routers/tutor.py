"""'Ask the tutor' for students: answers grounded in the current lesson."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, AsyncIterator

from anthropic import AsyncAnthropic
from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from app.dependencies import get_anthropic_client, get_content_store
from app.services import TaskComplexity, multi_model_service
from app.services.content_store import ContentStore

router = APIRouter(prefix="/tutor", tags=["tutor"])

TUTOR_SYSTEM = """You are a patient tutor for the lesson below. Answer only from the lesson;
if the answer isn't there, say so and suggest what to search for. Use short paragraphs.

<lesson>
{lesson}
</lesson>"""


@dataclass
class TutorSession:
    """In-memory conversation state (per websocket/session id). Not a model client."""

    lesson_id: str
    history: list[dict] = field(default_factory=list)

    def chat(self, role: str, content: str) -> list[dict]:
        self.history.append({"role": role, "content": content})
        self.history = self.history[-12:]
        return self.history


_sessions: dict[str, TutorSession] = {}


class AskBody(BaseModel):
    session_id: str
    lesson_id: str
    question: str


@router.post("/ask/stream")
async def ask_stream(
    body: AskBody,
    request: Request,
    store: Annotated[ContentStore, Depends(get_content_store)],
) -> StreamingResponse:
    lesson = await store.get_lesson(body.lesson_id)
    session = _sessions.setdefault(body.session_id, TutorSession(body.lesson_id))
    messages = session.chat("user", body.question)
    client: AsyncAnthropic = request.app.state.anthropic

    async def events() -> AsyncIterator[bytes]:
        answer: list[str] = []
        async with client.messages.stream(
            model="claude-3-5-haiku-20241022",
            max_tokens=800,
            system=TUTOR_SYSTEM.format(lesson=lesson.body[:30_000]),
            messages=messages,
        ) as stream:
            async for text in stream.text_stream:
                answer.append(text)
                yield f"data: {text}\n\n".encode()
        session.chat("assistant", "".join(answer))
        yield b"event: done\ndata: {}\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")


@router.post("/ask")
async def ask(
    body: AskBody,
    store: Annotated[ContentStore, Depends(get_content_store)],
) -> dict[str, str]:
    """Non-streaming variant for the mobile app; goes through the tracked service."""
    lesson = await store.get_lesson(body.lesson_id)
    answer = await multi_model_service.generate_response(
        prompt=body.question,
        system=TUTOR_SYSTEM.format(lesson=lesson.body[:30_000]),
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
        course_id=lesson.course_id,
    )
    return {"answer": answer}


@router.post("/context-size")
async def context_size(
    body: AskBody,
    client: Annotated[AsyncAnthropic, Depends(get_anthropic_client)],
    store: Annotated[ContentStore, Depends(get_content_store)],
) -> dict[str, int]:
    lesson = await store.get_lesson(body.lesson_id)
    counted = await client.messages.count_tokens(
        model="claude-3-5-haiku-20241022",
        system=TUTOR_SYSTEM.format(lesson=lesson.body[:30_000]),
        messages=[{"role": "user", "content": body.question}],
    )
    return {"input_tokens": counted.input_tokens}

"""Chat endpoints: quick synchronous answers and queued long-form replies."""
from __future__ import annotations

import json

import anthropic
import inngest
import openai
from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse

from app.api import anthropic_client, fireworks_client, openai_client
from app.functions.chat import CHAT_MESSAGE
from app.inngest_client import inngest_client
from app.models import ChatRequest
from services.multi_model_service import TaskComplexity, multi_model_service
from services.prompts import to_anthropic

router = APIRouter()


@router.post("/quick")
async def quick_answer(body: ChatRequest, client: openai.AsyncOpenAI = Depends(openai_client)) -> dict:
    resp = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[t.model_dump() for t in body.messages],
        max_tokens=300,
    )
    return {"answer": resp.choices[0].message.content}


@router.post("/claude")
async def claude_answer(
    body: ChatRequest, claude: anthropic.AsyncAnthropic = Depends(anthropic_client)
) -> dict:
    system, rest = to_anthropic([t.model_dump() for t in body.messages])
    msg = await claude.messages.create(
        model="claude-3-5-haiku-20241022", system=system, messages=rest, max_tokens=600
    )
    return {"answer": msg.content[0].text, "stop_reason": msg.stop_reason}


@router.post("/stream")
async def stream_answer(body: ChatRequest, request: Request) -> StreamingResponse:
    client: openai.AsyncOpenAI = request.app.state.openai

    async def gen():
        stream = await client.chat.completions.create(
            model=request.app.state.settings.default_chat_model,
            messages=[t.model_dump() for t in body.messages],
            stream=True,
        )
        async for chunk in stream:
            delta = chunk.choices[0].delta.content if chunk.choices else None
            if delta:
                yield f"data: {json.dumps({'delta': delta})}\n\n"
        yield "data: [DONE]\n\n"

    return StreamingResponse(gen(), media_type="text/event-stream")


@router.post("/fast")
async def fast_answer(body: ChatRequest, fw: openai.AsyncOpenAI = Depends(fireworks_client)) -> dict:
    resp = await fw.chat.completions.create(
        model="accounts/fireworks/models/llama-v3p1-8b-instruct",
        messages=[t.model_dump() for t in body.messages],
    )
    return {"answer": resp.choices[0].message.content}


@router.post("/tracked")
async def tracked_answer(body: ChatRequest) -> dict:
    answer = await multi_model_service.generate_response(
        prompt=body.messages[-1].content,
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    )
    return {"answer": answer}


@router.post("/queue", status_code=202)
async def queue_reply(body: ChatRequest) -> dict:
    ids = await inngest_client.send(
        inngest.Event(name=CHAT_MESSAGE, data=body.model_dump())
    )
    return {"event_ids": ids}


@router.post("/gemini/stream")
async def gemini_stream(body: ChatRequest, request: Request) -> StreamingResponse:
    genai_client = request.app.state.genai
    prompt = "\n".join(f"{t.role}: {t.content}" for t in body.messages)

    async def gen():
        async for chunk in await genai_client.aio.models.generate_content_stream(
            model="gemini-2.0-flash", contents=prompt
        ):
            if chunk.text:
                yield f"data: {json.dumps({'delta': chunk.text})}\n\n"
        yield "data: [DONE]\n\n"

    return StreamingResponse(gen(), media_type="text/event-stream")


@router.get("/providers")
async def providers() -> dict:
    from services.registry import PROVIDERS

    return {"providers": sorted(PROVIDERS)}

"""/chat: conversational endpoints over a document (SSE)."""
from __future__ import annotations

import json
import logging

import ollama
from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from app.deps import HFDep
from docflow.config import get_settings

log = logging.getLogger(__name__)

router = APIRouter(prefix="/chat", tags=["chat"])

# on-prem tenants chat against the local GPU box
_local = ollama.AsyncClient(host=get_settings().ollama_host)


class Turn(BaseModel):
    role: str = Field(pattern="^(user|assistant)$")
    content: str


class ChatIn(BaseModel):
    document_text: str
    history: list[Turn] = Field(default_factory=list)
    message: str
    model: str | None = None


def _system_prompt(document_text: str) -> str:
    return (
        "You help users understand a single document. Cite the section you rely on. "
        "If the answer is not in the document, say so.\n\n<document>\n" + document_text[:60000] + "\n</document>"
    )


def _sse(payload: dict) -> str:
    return f"data: {json.dumps(payload)}\n\n"


@router.post("/claude")
async def chat_claude(body: ChatIn, request: Request):
    engine = request.app.state.engine
    messages = [t.model_dump() for t in body.history] + [{"role": "user", "content": body.message}]

    async def gen():
        async with engine.anthropic.messages.stream(
            model=body.model or engine.settings.claude_model,
            max_tokens=2048,
            system=_system_prompt(body.document_text),
            messages=messages,
        ) as stream:
            async for text in stream.text_stream:
                yield _sse({"delta": text})
            final = await stream.get_final_message()
        yield _sse({"done": True, "usage": final.usage.model_dump()})

    return StreamingResponse(gen(), media_type="text/event-stream")


@router.post("/open")
async def chat_open_weights(body: ChatIn, hf: HFDep):
    messages = [{"role": "system", "content": _system_prompt(body.document_text)}]
    messages += [t.model_dump() for t in body.history]
    messages.append({"role": "user", "content": body.message})

    async def gen():
        stream = await hf.chat_completion(
            messages=messages,
            model=body.model or "meta-llama/Llama-3.3-70B-Instruct",
            max_tokens=1024,
            stream=True,
        )
        async for chunk in stream:
            delta = chunk.choices[0].delta.content
            if delta:
                yield _sse({"delta": delta})
        yield _sse({"done": True})

    return StreamingResponse(gen(), media_type="text/event-stream")


@router.post("/local")
async def chat_local(body: ChatIn):
    settings = get_settings()
    messages = [{"role": "system", "content": _system_prompt(body.document_text)}]
    messages += [t.model_dump() for t in body.history]
    messages.append({"role": "user", "content": body.message})
    resp = await _local.chat(model=body.model or settings.ollama_model, messages=messages)
    return {"reply": resp.message.content, "eval_count": resp.eval_count}

from __future__ import annotations

import json
import logging
from typing import AsyncIterator, List, Optional

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from agentd.agent.loop import AgentLoop
from agentd.agent.planner import Planner
from agentd.api.deps import get_agent_loop, get_openai_client, get_planner, get_pool
from agentd.container import container
from agentd.context import get_request_anthropic, tenant_var
from agentd.models import AgentResult, ChatMessage, Job, Plan
from agentd.services.multi_model_service import TaskComplexity, multi_model_service
from agentd.workers.pool import WorkerPool

log = logging.getLogger(__name__)
router = APIRouter(prefix="/v1", tags=["chat"])


class RunRequest(BaseModel):
    task: str = Field(min_length=1, max_length=20_000)
    history: List[ChatMessage] = Field(default_factory=list)
    tools: Optional[List[str]] = None
    conversation_id: Optional[str] = None
    plan_first: bool = False


class ChatRequest(BaseModel):
    messages: List[ChatMessage]
    system: Optional[str] = None
    max_tokens: int = Field(1024, le=8192)


class EmbedRequest(BaseModel):
    texts: List[str] = Field(min_length=1, max_length=256)


class QuickAnswerRequest(BaseModel):
    question: str


def _sse(event: str, data: object) -> str:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n"


@router.post("/runs", response_model=AgentResult)
async def create_run(
    body: RunRequest,
    agent: AgentLoop = Depends(get_agent_loop),
    planner: Planner = Depends(get_planner),
    pool: WorkerPool = Depends(get_pool),
) -> AgentResult:
    task = body.task
    if body.plan_first:
        plan: Plan = await planner.plan(task, agent.tools.names())
        task = task + "\n\nFollow this plan:\n" + "\n".join(f"- {s.description}" for s in plan.steps)
    result = await agent.run(task, body.history, allowed_tools=body.tools)
    await container.run_store.create(
        run_id=result.run_id,
        tenant_id=tenant_var.get(),
        task=body.task,
        status="succeeded",
        steps=result.steps,
        input_tokens=result.usage.input_tokens,
        output_tokens=result.usage.output_tokens,
    )
    if body.conversation_id and not body.history:
        pool.submit_nowait(
            Job(kind="title", tenant_id=tenant_var.get(), payload={"conversation_id": body.conversation_id, "first_message": body.task})
        )
    return result


@router.post("/chat/stream")
async def chat_stream(body: ChatRequest) -> StreamingResponse:
    client = get_request_anthropic()
    messages = [{"role": m.role, "content": m.content} for m in body.messages if m.role in ("user", "assistant")]

    async def events() -> AsyncIterator[str]:
        async with client.messages.stream(
            model=container.settings.anthropic_model,
            max_tokens=body.max_tokens,
            system=body.system or "You are a helpful internal assistant.",
            messages=messages,
        ) as stream:
            async for text in stream.text_stream:
                yield _sse("delta", {"text": text})
            final = await stream.get_final_message()
        yield _sse("done", {"input_tokens": final.usage.input_tokens, "output_tokens": final.usage.output_tokens})

    return StreamingResponse(events(), media_type="text/event-stream")


@router.post("/chat/fast")
async def chat_fast(body: ChatRequest) -> StreamingResponse:
    messages = [{"role": m.role, "content": m.content} for m in body.messages]
    if body.system:
        messages.insert(0, {"role": "system", "content": body.system})
    stream = await container.async_groq.chat.completions.create(
        model=container.settings.groq_fast_model,
        messages=messages,
        max_tokens=body.max_tokens,
        stream=True,
    )

    async def events() -> AsyncIterator[str]:
        async for chunk in stream:
            delta = chunk.choices[0].delta.content if chunk.choices else None
            if delta:
                yield _sse("delta", {"text": delta})
        yield _sse("done", {})

    return StreamingResponse(events(), media_type="text/event-stream")


@router.post("/embeddings")
async def embeddings(body: EmbedRequest, client=Depends(get_openai_client)) -> dict:
    resp = await client.embeddings.create(model=container.settings.openai_embedding_model, input=body.texts)
    return {"model": resp.model, "vectors": [d.embedding for d in resp.data], "tokens": resp.usage.total_tokens}


@router.post("/quick-answer")
async def quick_answer(body: QuickAnswerRequest) -> dict:
    answer = await multi_model_service.generate_response(
        prompt=body.question,
        task_type="quick_answer",
        complexity=TaskComplexity.SIMPLE,
    )
    return {"answer": answer}

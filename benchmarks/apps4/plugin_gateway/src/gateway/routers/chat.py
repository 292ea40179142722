from __future__ import annotations

import asyncio
import time

from fastapi import APIRouter, Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.clients.factory import provider_for
from gateway.db import AuditRepository, get_session
from gateway.providers import get_provider
from gateway.schemas import ChatRequest, ChatResult, CompletionRequest, SummaryRequest, Usage
from gateway.services import summarizer
from gateway.services.enrichment import extract_keywords, generate_title
from gateway.services.multi_model_service import TaskComplexity, multi_model_service

router = APIRouter(prefix="/v1", tags=["chat"])

LEGACY_COMPLETION_MODEL = "gpt-3.5-turbo-instruct"


@router.post("/chat", response_model=ChatResult)
async def chat(
    body: ChatRequest, request: Request, session: AsyncSession = Depends(get_session)
) -> ChatResult:
    provider = provider_for(body.provider)
    started = time.perf_counter()
    result = await asyncio.to_thread(
        provider.complete,
        body.messages,
        model=body.model,
        temperature=body.temperature,
        max_tokens=body.max_tokens,
    )
    audit = AuditRepository(session)
    await audit.create(
        request_id=request.state.request_id,
        team=body.team,
        provider=result.provider,
        model=result.model,
        route="chat",
        status=200,
        latency_ms=int((time.perf_counter() - started) * 1000),
    )
    return result


@router.post("/chat/quick")
async def quick_answer(body: ChatRequest) -> dict:
    """Single-turn questions from the Slack bot; routed by the tracked service."""
    question = body.messages[-1].content
    answer = await multi_model_service.generate_response(
        prompt=question, task_type="slack_quick_answer", complexity=TaskComplexity.SIMPLE, team=body.team
    )
    return {"answer": answer}


@router.post("/chat/title")
async def chat_title(body: ChatRequest) -> dict:
    title, keywords = await asyncio.gather(
        generate_title(body.messages, team=body.team), extract_keywords(body.messages)
    )
    return {"title": title, "keywords": keywords.keywords, "language": keywords.language}


@router.post("/completions")
def legacy_completion(body: CompletionRequest) -> ChatResult:
    """Text-completion endpoint kept alive for the support-macros tool (sync on purpose)."""
    openai_client = get_provider("openai").client
    resp = openai_client.completions.create(
        model=LEGACY_COMPLETION_MODEL,
        prompt=body.prompt,
        max_tokens=body.max_tokens,
        stop=body.stop,
        temperature=0.3,
    )
    return ChatResult(
        provider="openai",
        model=LEGACY_COMPLETION_MODEL,
        text=resp.choices[0].text,
        usage=Usage(input_tokens=resp.usage.prompt_tokens, output_tokens=resp.usage.completion_tokens),
        finish_reason=resp.choices[0].finish_reason,
    )


@router.post("/summaries")
async def summaries(body: SummaryRequest) -> dict:
    if len(body.text) > 40_000:
        text = await summarizer.summarize_long_document(body.text, team=body.team)
    else:
        text = await summarizer.summarize(body.text, style=body.style, team=body.team)
    return {"summary": text}

from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel

from workers.app import broker
from workers.services.cost import daily_rollup
from workers.services.llm_usage_tracker import llm_tracker
from workers.services.multi_model_service import TaskComplexity, multi_model_service

router = APIRouter()


class PromptIn(BaseModel):
    prompt: str
    model: str = "gpt-4o-mini"


class EmbedIn(BaseModel):
    texts: list[str]


def get_openai(request: Request):
    return request.app.state.openai


def get_voyage(request: Request):
    return request.app.state.voyage


@router.post("/smoke/openai")
async def smoke_openai(body: PromptIn, client=Depends(get_openai)) -> dict:
    resp = await client.chat.completions.create(
        model=body.model,
        messages=[{"role": "user", "content": body.prompt}],
        max_tokens=64,
    )
    return {"text": resp.choices[0].message.content, "usage": resp.usage.model_dump()}


@router.post("/smoke/anthropic")
async def smoke_anthropic(body: PromptIn, request: Request) -> dict:
    msg = await request.app.state.anthropic.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=64,
        messages=[{"role": "user", "content": body.prompt}],
    )
    return {"text": msg.content[0].text}


@router.post("/smoke/grok")
async def smoke_grok(body: PromptIn, request: Request) -> dict:
    grok = request.app.state.grok
    resp = await grok.chat.completions.create(
        model="grok-3-mini",
        messages=[{"role": "user", "content": body.prompt}],
    )
    return {"text": resp.choices[0].message.content}


@router.post("/embed/preview")
async def embed_preview(body: EmbedIn, voyage=Depends(get_voyage)) -> dict:
    result = await voyage.embed(body.texts, model="voyage-3-lite", input_type="query")
    return {"dims": len(result.embeddings[0]), "total_tokens": result.total_tokens}


@router.post("/explain")
async def explain(body: PromptIn) -> dict:
    text = await multi_model_service.generate_response(
        prompt=body.prompt, task_type="chat", complexity=TaskComplexity.SIMPLE, feature_context="admin_explain"
    )
    return {"text": text}


@router.get("/models")
async def list_models(client=Depends(get_openai)) -> list[str]:
    page = await client.models.list()
    return sorted(m.id for m in page.data)


@router.get("/usage")
async def usage() -> dict:
    logs = await llm_tracker.flush()
    return {"rows": len(logs), "cost_by_model": daily_rollup(logs)}


@router.post("/replay/{topic}")
async def replay(topic: str, payload: dict, request: Request) -> dict:
    job_id = uuid.uuid4().hex
    request.app.state.jobs.create(job_id, topic=topic)
    await broker.publish(payload, topic=topic)
    return {"job_id": job_id}


@router.post("/files/upload-batch")
async def upload_batch_file(request: Request) -> dict:
    data = await request.body()
    f = await request.app.state.openai.files.create(file=("batch.jsonl", data), purpose="batch")
    return {"file_id": f.id}

"""Read API behind the ops dashboard.

    uvicorn api.app:app --port 8085
"""
from __future__ import annotations

import asyncio
import logging
from typing import List, Optional

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query
from openai import AsyncOpenAI
from pydantic import BaseModel
from sqlalchemy.orm import Session

from api.deps import get_db, get_explainer, require_team
from opskit.clients import get_perplexity_client
from opskit.db import Incident, KbChunk
from opskit.logging_setup import configure
from opskit.router import RouterHolder
from opskit.services.multi_model_service import TaskComplexity, multi_model_service
from prompts import incident_summary_messages, runbook_search_messages

log = logging.getLogger("api")


class IncidentOut(BaseModel):
    external_id: str
    service: str
    severity: str
    title: str
    summary: str = ""


class Explanation(BaseModel):
    external_id: str
    text: str
    model: str


class SearchHit(BaseModel):
    doc_path: str
    score: float
    snippet: str


router = APIRouter(prefix="/v1", dependencies=[Depends(require_team)])


@router.get("/incidents", response_model=List[IncidentOut])
def list_incidents(
    service: Optional[str] = None,
    open_only: bool = True,
    limit: int = Query(50, le=500),
    db: Session = Depends(get_db),
):
    q = db.query(Incident)
    if service:
        q = q.filter(Incident.service == service)
    if open_only:
        q = q.filter(Incident.resolved_at.is_(None))
    return [IncidentOut.model_validate(i, from_attributes=True) for i in q.order_by(Incident.opened_at.desc()).limit(limit)]


def _get_incident(db: Session, external_id: str) -> Incident:
    incident = db.query(Incident).filter_by(external_id=external_id).one_or_none()
    if incident is None:
        raise HTTPException(status_code=404, detail="incident not found")
    return incident


@router.get("/incidents/{external_id}/explain", response_model=Explanation)
async def explain_incident(
    external_id: str,
    db: Session = Depends(get_db),
    llm: AsyncOpenAI = Depends(get_explainer),
):
    incident = _get_incident(db, external_id)
    completion = await llm.chat.completions.create(
        model="deepseek-chat",
        messages=incident_summary_messages(incident),
        max_tokens=500,
    )
    return Explanation(external_id=external_id, text=completion.choices[0].message.content or "", model=completion.model)


@router.get("/incidents/{external_id}/headline")
async def incident_headline(external_id: str, db: Session = Depends(get_db)):
    incident = _get_incident(db, external_id)
    text = await multi_model_service.generate_response(
        prompt=f"Ten-word headline for: [{incident.severity}] {incident.service}: {incident.title}",
        task_type="dashboard_headline",
        complexity=TaskComplexity.SIMPLE,
    )
    return {"external_id": external_id, "headline": text.strip()}


@router.get("/runbooks/web")
async def web_references(q: str = Query(..., min_length=3)):
    response = await asyncio.to_thread(
        get_perplexity_client().chat.completions.create,
        model="sonar",
        messages=runbook_search_messages(q),
    )
    return {"answer": response.choices[0].message.content, "citations": getattr(response, "citations", [])}


def _cosine(a: list, b: list) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = sum(x * x for x in a) ** 0.5
    nb = sum(y * y for y in b) ** 0.5
    return dot / (na * nb) if na and nb else 0.0


@router.get("/kb/similar", response_model=List[SearchHit])
async def similar_chunks(q: str, k: int = Query(5, le=20), db: Session = Depends(get_db)):
    result = await RouterHolder().router.aembedding(model="ops-embed", input=[q])
    query_vec = result.data[0]["embedding"]
    scored = []
    for chunk in db.query(KbChunk).filter(KbChunk.embedding.isnot(None)).yield_per(500):
        scored.append((_cosine(query_vec, chunk.embedding), chunk))
    scored.sort(key=lambda pair: pair[0], reverse=True)
    return [SearchHit(doc_path=c.doc_path, score=round(s, 4), snippet=c.text[:300]) for s, c in scored[:k]]


@router.get("/healthz", dependencies=[])
def healthz():
    return {"ok": True}


def create_app() -> FastAPI:
    configure(json_logs=True)
    application = FastAPI(title="opskit read API", version="1")
    application.include_router(router)
    return application


app = create_app()

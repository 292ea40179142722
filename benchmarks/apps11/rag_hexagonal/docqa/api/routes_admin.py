"""Internal admin endpoints (ops dashboard, prompt playground, evals)."""
from __future__ import annotations

import logging
from typing import List, Literal, Optional

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from docqa.api.deps import get_container, require_admin
from docqa.application.evaluate_answers import EvalCase
from docqa.bootstrap import Container

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/admin", tags=["admin"], dependencies=[Depends(require_admin)])


class PlaygroundIn(BaseModel):
    provider: Literal["openai", "anthropic"] = "openai"
    model: str
    system: str = ""
    prompt: str
    max_tokens: int = 512
    temperature: float = 0.7


class TokenCountIn(BaseModel):
    model: str = "gemini-2.5-pro"
    text: str


class EvalIn(BaseModel):
    cases: List[EvalCase]
    faithfulness: bool = False


@router.get("/providers")
async def providers(c: Container = Depends(get_container)) -> dict:
    """Which models each vendor key can see; used by the ops dashboard."""
    out: dict = {}
    try:
        page = await c.openai.models.list()
        out["openai"] = sorted(m.id for m in page.data if m.id.startswith(("gpt-", "o", "text-embedding")))
    except Exception as exc:  # noqa: BLE001
        out["openai"] = f"error: {exc}"
    try:
        page = await c.anthropic.models.list(limit=50)
        out["anthropic"] = [m.id for m in page.data]
    except Exception as exc:  # noqa: BLE001
        out["anthropic"] = f"error: {exc}"
    return out


@router.post("/tokens")
async def count_tokens(body: TokenCountIn, c: Container = Depends(get_container)) -> dict:
    result = await c.gemini.aio.models.count_tokens(model=body.model, contents=body.text)
    return {"model": body.model, "total_tokens": result.total_tokens}


@router.post("/playground")
async def playground(body: PlaygroundIn, c: Container = Depends(get_container)) -> dict:
    if body.provider == "openai":
        resp = await c.openai.responses.create(
            model=body.model,
            instructions=body.system or None,
            input=body.prompt,
            max_output_tokens=body.max_tokens,
            temperature=body.temperature,
        )
        return {"text": resp.output_text, "usage": resp.usage.model_dump() if resp.usage else None}

    msg = await c.anthropic.messages.create(
        model=body.model,
        system=body.system,
        max_tokens=body.max_tokens,
        temperature=body.temperature,
        messages=[{"role": "user", "content": body.prompt}],
    )
    return {
        "text": "".join(b.text for b in msg.content if b.type == "text"),
        "usage": msg.usage.model_dump(),
    }


@router.post("/eval")
async def run_eval(body: EvalIn, c: Container = Depends(get_container)) -> dict:
    report = await c.evaluate_answers.run(body.cases, with_faithfulness=body.faithfulness)
    return {
        "cases": len(report.results),
        "mean_score": report.mean_score,
        "faithfulness_rate": report.faithfulness_rate,
        "worst": [
            {"question": r.case.question, "score": r.score, "reason": r.reason}
            for r in sorted(report.results, key=lambda r: r.score)[:5]
        ],
    }


@router.get("/config")
async def config(c: Container = Depends(get_container)) -> dict:
    s = c.settings
    hidden: Optional[str] = "***"
    return {
        "environment": s.environment,
        "answer_provider": s.answer_provider,
        "answer_model": s.answer_model,
        "embedding_model": s.embedding_model,
        "rerank": f"{s.rerank_provider}/{s.rerank_model}",
        "openai_api_key": hidden if s.openai_api_key.get_secret_value() else None,
    }

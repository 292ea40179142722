"""/admin: plugin inventory, model listings, usage, batch uploads."""
from __future__ import annotations

import io
import json
import logging

from fastapi import APIRouter, Request, UploadFile

from app.deps import EngineDep
from app.services.llm_usage_tracker import llm_tracker
from docflow.tokens import count_tokens, estimate_cost

log = logging.getLogger(__name__)

router = APIRouter(prefix="/admin", tags=["admin"])


@router.get("/plugins")
async def list_plugins(engine: EngineDep):
    described = engine.pm.hook.docflow_describe()
    blocked = [name for name in engine.settings.disabled_plugins if engine.pm.is_blocked(name)]
    return {"plugins": engine.plugin_names(), "capabilities": described, "blocked": blocked}


@router.get("/models")
async def list_models(engine: EngineDep):
    out: dict[str, list[str]] = {}
    out["openai"] = sorted(m.id for m in engine.openai.models.list())
    out["vertex"] = [m.name for m in engine.genai.models.list(config={"page_size": 50})]
    mistral = engine.plugin("mistral_plugin")
    if mistral is not None:
        out["mistral"] = mistral.available_models()
    try:
        out["ollama"] = [m.model for m in engine.ollama.list().models]
    except Exception as exc:  # local daemon not running
        log.info("ollama unavailable: %s", exc)
    return out


@router.get("/usage")
async def usage_summary():
    sink = llm_tracker._sink if isinstance(llm_tracker._sink, list) else []
    totals: dict[str, dict[str, float]] = {}
    for entry in sink:
        t = totals.setdefault(entry.model, {"calls": 0, "input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0})
        t["calls"] += 1
        t["input_tokens"] += entry.input_tokens
        t["output_tokens"] += entry.output_tokens
        t["cost_usd"] += entry.cost_usd
    return totals


@router.post("/estimate")
async def estimate(request: Request):
    payload = await request.json()
    model = payload.get("model", "gpt-4o-mini")
    n = count_tokens(payload["text"], model=model)
    return {"input_tokens": n, "estimated_cost_usd": estimate_cost(model, n, payload.get("expected_output_tokens", 300))}


@router.post("/batch-upload")
async def upload_batch_file(engine: EngineDep, file: UploadFile):
    """Upload a JSONL of requests for the nightly OpenAI batch (submitted by ops)."""
    raw = await file.read()
    lines = [json.loads(line) for line in raw.decode().splitlines() if line.strip()]
    uploaded = engine.openai.files.create(file=("requests.jsonl", io.BytesIO(raw)), purpose="batch")
    return {"file_id": uploaded.id, "requests": len(lines)}

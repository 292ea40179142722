from __future__ import annotations

from quart import Blueprint, current_app, jsonify, request

from ..clients import anthropic_client, cohere_client
from ..reports import ReportGenerator
from ..services import TaskComplexity, llm_tracker, multi_model_service
from ..utils.pricing import estimate_cost
from ..utils.tokens import count_tokens

bp = Blueprint("admin", __name__)


@bp.get("/models")
async def list_models():
    oa = await current_app.openai_client.models.list()
    an = await anthropic_client().models.list(limit=50)
    co = await cohere_client().models.list(page_size=50)
    return jsonify({
        "openai": [m.id for m in oa.data],
        "anthropic": [m.id for m in an.data],
        "cohere": [m.name for m in co.models],
    })


@bp.post("/estimate")
async def estimate():
    data = await request.get_json()
    n_in = count_tokens(data["prompt"], data.get("model", "gpt-4o-mini"))
    return jsonify({
        "input_tokens": n_in,
        "estimated_cost_usd": estimate_cost(data.get("model", "gpt-4o-mini"), n_in, data.get("expected_output", 300)),
    })


@bp.post("/files")
async def upload_training_file():
    files = await request.files
    upload = files["file"]
    created = await current_app.openai_client.files.create(
        file=(upload.filename, upload.read()), purpose="fine-tune"
    )
    return jsonify({"id": created.id, "bytes": created.bytes})


@bp.get("/usage/flush")
async def flush_usage():
    logs = await llm_tracker.flush()
    return jsonify({"flushed": len(logs), "cost_usd": round(sum(l.cost_usd for l in logs), 4)})


@bp.get("/reports/weekly")
async def weekly_report():
    report = await ReportGenerator(current_app.extensions["db_pool"]).generate()
    return report.to_csv(), 200, {"Content-Type": "text/csv"}


@bp.post("/reports/weekly/narrative")
async def weekly_narrative():
    report = await ReportGenerator(current_app.extensions["db_pool"]).generate()
    text = await multi_model_service.generate_response(
        prompt=f"Write a short narrative for this weekly support report:\n{report.to_csv()}",
        task_type="weekly_report",
        complexity=TaskComplexity.AGENTIC,
    )
    return jsonify({"narrative": text})

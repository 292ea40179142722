"""Admin console (HR ops + platform team only; protected at the proxy)."""

from __future__ import annotations

import logging
from pathlib import Path

from bottle import Bottle, abort, request, template

from hrassist.registry import PROVIDERS, call_provider
from hrassist.services.costs import monthly_projection
from hrassist.services.summarizer import stream_summary
from hrassist.worker import get_worker

log = logging.getLogger(__name__)

app = Bottle()


def _factory():
    factory = request.app.config.get("hr.client_factory")
    if factory is None:
        abort(500, "client factory not configured")
    return factory


@app.get("/")
def dashboard():
    store = request.app.config["hr.store"]
    usage = store.usage.list(limit=5000)
    worker = get_worker()
    return template(
        "admin",
        projection=monthly_projection(usage),
        providers=sorted(PROVIDERS),
        queue_size=worker.jobs.qsize() if worker else None,
        processed=worker.processed if worker else 0,
    )


@app.get("/models")
def models():
    factory = _factory()
    openai_models = [m.id for m in factory.openai().models.list()]
    local_models = [m["model"] for m in factory.ollama().list()["models"]]
    watsonx_specs = factory.watsonx_api().foundation_models.get_model_specs()
    return {
        "openai": sorted(openai_models),
        "ollama": local_models,
        "watsonx": [r["model_id"] for r in watsonx_specs.get("resources", [])],
    }


@app.post("/compare")
def compare():
    """Run the same prompt on several providers side by side."""
    body = request.json or {}
    prompt = body.get("prompt", "")
    names = body.get("providers") or ["openai", "anthropic"]
    messages = [{"role": "user", "content": prompt}]
    out = {}
    for name in names:
        try:
            text, (tin, tout) = call_provider(name, _factory(), messages)
            out[name] = {"text": text, "input_tokens": tin, "output_tokens": tout}
        except Exception as exc:  # noqa: BLE001
            out[name] = {"error": str(exc)}
    return out


@app.post("/azure/smoke")
def azure_smoke():
    """Smoke test after Azure deployment changes."""
    cfg = request.app.config
    resp = cfg["hr.client_factory"].azure().chat.completions.create(
        model=cfg["hr.azure_deployment"],
        messages=[{"role": "user", "content": "Reply with the word OK."}],
        max_tokens=3,
    )
    return {"deployment": cfg["hr.azure_deployment"], "reply": resp.choices[0].message.content}


@app.post("/reindex")
def reindex():
    worker = get_worker()
    if worker is None:
        abort(503, "worker not running")
    policy_dir = Path(request.app.config["hr.policy_dir"])
    queued = 0
    for path in sorted(policy_dir.glob("**/*.md")):
        lang = path.parent.name if path.parent.name in ("fr", "de") else "en"
        worker.submit("reindex", path=str(path), lang=lang)
        queued += 1
    return {"queued": queued}


@app.post("/upload-batch")
def upload_batch():
    """Uploads a JSONL of eval prompts for the offline batch (run from scripts/)."""
    upload = request.files.get("file")
    if upload is None:
        abort(400, "file required")
    client = _factory().openai()
    created = client.files.create(file=(upload.raw_filename, upload.file.read()), purpose="batch")
    return {"file_id": created.id}


@app.get("/summary-preview")
def summary_preview():
    path = Path(request.app.config["hr.policy_dir"]) / request.query.get("doc", "")
    if not path.is_file():
        abort(404)
    return "".join(stream_summary(path.read_text(encoding="utf-8")))

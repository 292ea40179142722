"""Admin: cost dashboard, model catalogue, prompt playground."""
from __future__ import annotations

import logging
import os

from anthropic import Anthropic
from fasthtml.common import APIRouter, Button, Code, Div, Form, H2, Pre, Table, Td, Textarea, Th, Tr

from ..components import page
from ..llm_usage_tracker import llm_tracker
from ..services import services
from ..store import usage_logs

log = logging.getLogger(__name__)
ar = APIRouter(prefix="/admin")

# Playground uses its own key so experiments are billed to the R&D workspace.
_playground = Anthropic(api_key=os.environ.get("ANTHROPIC_PLAYGROUND_KEY"))


@ar.get("/costs")
def costs(req):
    rows = usage_logs(order_by="id desc", limit=200)
    totals = llm_tracker.totals()
    return page(
        "Costs",
        H2("Usage (last 200 calls)"),
        Table(
            Tr(Th("Provider"), Th("Model"), Th("Feature"), Th("In"), Th("Out"), Th("USD")),
            *[Tr(Td(r["provider"]), Td(r["model"]), Td(r["feature"]), Td(r["input_tokens"]),
                 Td(r["output_tokens"]), Td(f"{r['cost_usd']:.4f}")) for r in rows],
        ),
        Pre(Code(repr(totals))),
        user=req.scope["auth"],
    )


@ar.get("/models")
def models(req):
    openai_models = [m.id for m in services.openai.models.list()]
    claude_models = [m.id for m in services.anthropic.models.list(limit=50)]
    gemini_models = [m.name for m in services.genai.models.list()]
    flux = services.replicate.models.get("black-forest-labs/flux-schnell")
    return page(
        "Models",
        H2("Available models"),
        Pre("\n".join(openai_models[:50])),
        Pre("\n".join(claude_models)),
        Pre("\n".join(gemini_models[:50])),
        Pre(f"flux latest version: {flux.latest_version.id if flux.latest_version else '-'}"),
        user=req.scope["auth"],
    )


@ar.get("/playground")
def playground(req):
    return page("Playground", Form(Textarea(name="prompt", rows=8), Button("Run"),
                                   hx_post="/admin/playground", hx_target="#out"),
                Div(id="out"), user=req.scope["auth"])


@ar.post("/playground")
def run_playground(prompt: str, model: str = "claude-3-5-haiku-latest"):
    msg = _playground.messages.create(
        model=model, max_tokens=1024, messages=[{"role": "user", "content": prompt}]
    )
    return Pre(msg.content[0].text, id="out")


@ar.post("/upload-examples")
async def upload_examples(req):
    form = await req.form()
    upload = form["file"]
    f = services.openai.files.create(file=(upload.filename, await upload.read()), purpose="assistants")
    return Pre(f"uploaded {f.id}", id="out")

"""Agency clients: notes, AI summary, background research."""
from __future__ import annotations

import logging

from fasthtml.common import A, APIRouter, Article, Button, Div, Form, H2, Input, Li, P, Small, Textarea, Ul

from ..components import flash, page
from ..llm_usage_tracker import llm_tracker
from ..store import clients as clients_table
from ..writers import research_client, research_client_async

log = logging.getLogger(__name__)
ar = APIRouter(prefix="/clients")


def _client_row(c):
    return Li(A(c.name, href=f"/clients/{c.id}"), Small(f" · {c.industry}"))


@ar.get("/")
def list_clients(req):
    return page(
        "Clients",
        H2("Clients"),
        Ul(*[_client_row(c) for c in clients_table(order_by="name")], id="client-list"),
        Form(Input(name="name", placeholder="Name"), Input(name="industry", placeholder="Industry"),
             Button("Add"), hx_post="/clients/", hx_target="#client-list", hx_swap="beforeend"),
        user=req.scope["auth"],
    )


@ar.post("/")
def add_client(name: str, industry: str = ""):
    c = clients_table.insert(dict(name=name.strip(), industry=industry.strip(), notes="", summary=""))
    return _client_row(c)


@ar.get("/{cid}")
def client_detail(req, cid: int):
    c = clients_table[cid]
    return page(
        c.name,
        Article(P(c.summary or "No summary yet.", id="client-summary"),
                Button("Summarise notes", hx_post=f"/clients/{cid}/summary", hx_target="#client-summary")),
        Form(Textarea(c.notes, name="notes", rows=10), Button("Save notes"),
             hx_post=f"/clients/{cid}/notes", hx_swap="none"),
        Button("Research", hx_post=f"/clients/{cid}/research", hx_target="#research"),
        Div(id="research"),
        user=req.scope["auth"],
    )


@ar.post("/{cid}/notes")
def save_notes(cid: int, notes: str):
    clients_table.update(dict(notes=notes), cid)
    return flash("Saved")


@ar.post("/{cid}/summary")
async def summarise(req, cid: int):
    svc = req.scope["services"]
    c = clients_table[cid]
    model = svc.settings.models.review_fast
    count = await svc.async_anthropic.messages.count_tokens(
        model=model, messages=[{"role": "user", "content": c.notes}]
    )
    if count.input_tokens > 50_000:
        return P("Notes too long to summarise – trim them first.", id="client-summary")
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="client_summary"
    ) as usage_log:
        msg = await svc.async_anthropic.messages.create(
            model=model,
            max_tokens=400,
            messages=[{"role": "user", "content": f"Summarise these account notes in 5 bullets:\n{c.notes}"}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    summary = msg.content[0].text
    clients_table.update(dict(summary=summary), cid)
    return P(summary, id="client-summary")


@ar.post("/{cid}/research")
async def research(req, cid: int, deep: bool = False):
    c = clients_table[cid]
    if deep:
        result = research_client(c.name, c.industry)
    else:
        result = await research_client_async(c.name, c.industry)
    cites = [Li(A(u, href=u, target="_blank")) for u in result["citations"]]
    return Div(P(result["text"]), Ul(*cites), id="research")


@ar.post("/{cid}/pitch-angle")
def pitch_angle(req, cid: int):
    """Quick one-liner for the sales call. Added by Priya, not yet moved to the service."""
    svc = req.scope["services"]
    c = clients_table[cid]
    msg = svc.anthropic.messages.create(
        model=svc.settings.models.review_fast,
        max_tokens=120,
        messages=[{"role": "user", "content": f"One-sentence pitch angle for {c.name}: {c.summary}"}],
    )
    return P(msg.content[0].text, cls="pitch")

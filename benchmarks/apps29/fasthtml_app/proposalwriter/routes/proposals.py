"""Proposal list / detail / section writing (HTMX partials)."""
from __future__ import annotations

import logging

from fasthtml.common import APIRouter, Div, H2, P, Span, Titled

from ..components import flash, new_proposal_form, page, proposal_list, section_block, section_form
from ..multi_model_service import TaskComplexity, multi_model_service
from ..store import clients as clients_table
from ..tokens import budget_for
from ..writers import write_section
from ..writers.sections import split_sections

log = logging.getLogger(__name__)
ar = APIRouter()


@ar("/")
def index(req, sess):
    store = req.scope["store"]
    mine = store.for_owner(req.scope["auth"])
    return page(
        "Proposals",
        H2("Your proposals"),
        new_proposal_form(clients_table()),
        proposal_list(mine),
        user=req.scope["auth"],
    )


@ar.post("/proposals")
def create_proposal(req, client_id: int, title: str, brief: str):
    store = req.scope["store"]
    store.create(client_id=client_id, title=title.strip(), brief=brief.strip(), owner=req.scope["auth"])
    return proposal_list(store.for_owner(req.scope["auth"])), flash("Proposal created")


@ar.get("/proposals/{pid}")
def detail(req, pid: int):
    p = req.scope["store"].get(pid)
    sections = [section_block(h, t, pid, i) for i, (h, t) in enumerate(split_sections(p.body))]
    est = budget_for("gpt-4.1", p.brief, expected_output=4000)
    return page(
        p.title,
        P(p.brief, cls="brief"),
        Span(f"Full draft estimate: ${est:.3f}", cls="muted"),
        section_form(pid),
        Div(*sections, id="sections"),
        Span("Writing…", id="spinner", cls="htmx-indicator"),
        user=req.scope["auth"],
    )


@ar.post("/proposals/{pid}/sections")
def add_section(req, sess, pid: int, kind: str, provider: str = "openai"):
    svc = req.scope["services"]
    store = req.scope["store"]
    p = store.get(pid)
    try:
        text = write_section(svc, kind, p, tone=sess.get("tone", "confident"))
    except Exception as exc:
        log.exception("section %s failed for %s", kind, pid)
        return flash(f"Could not write {kind}: {exc}", "error")
    heading = kind.replace("_", " ").title()
    store.append_section(pid, heading, text)
    idx = len(split_sections(store.get(pid).body)) - 1
    return section_block(heading, text, pid, idx)


@ar.post("/proposals/{pid}/improve/{idx}")
def improve_section(req, sess, pid: int, idx: int):
    svc = req.scope["services"]
    p = req.scope["store"].get(pid)
    sections = split_sections(p.body)
    heading, text = sections[idx]
    completion = svc.openai.chat.completions.create(
        model=svc.settings.models.quick,
        messages=[
            {"role": "system", "content": "Tighten this proposal section. Keep markdown, keep facts."},
            {"role": "user", "content": text},
        ],
        temperature=0.3,
    )
    improved = completion.choices[0].message.content or text
    sections[idx] = (heading, improved)
    body = "\n\n".join(f"## {h}\n\n{t}" for h, t in sections)
    req.scope["store"].update_body(pid, body)
    return section_block(heading, improved, pid, idx)


@ar.post("/proposals/{pid}/title")
async def suggest_title(req, pid: int):
    p = req.scope["store"].get(pid)
    title = await multi_model_service.generate_response(
        prompt=f"Suggest one short, specific proposal title for this brief:\n{p.brief}",
        task_type="proposal_title",
        complexity=TaskComplexity.SIMPLE,
    )
    return Span(title.strip().strip('"'), id="title-suggestion")


@ar.get("/proposals/search")
def search(req, q: str = ""):
    results = req.scope["store"].search(q) if q else []
    return proposal_list(results)


@ar.post("/proposals/intake")
async def intake(req, client_id: int):
    """Upload an RFP, parse it, and create a proposal pre-filled with the brief."""
    from ..intake import days_until, parse_rfp

    form = await req.form()
    upload = form.get("rfp")
    if upload is None:
        return flash("Attach an RFP file", "warning")
    data = await upload.read()
    parsed = parse_rfp(upload.filename, data)
    store = req.scope["store"]
    title = f"{parsed.organisation or 'New client'} – response to RFP"
    p = store.create(client_id=client_id, title=title, brief=parsed.as_brief_text(), owner=req.scope["auth"])
    remaining = days_until(parsed.deadline) if parsed.deadline else None
    msg = f"Created '{p.title}'" + (f" – due in {remaining} days" if remaining is not None else "")
    questions = [P(f"• {q}") for q in parsed.questions_for_client]
    return proposal_list(store.for_owner(req.scope["auth"])), flash(msg), Div(*questions, id="questions")

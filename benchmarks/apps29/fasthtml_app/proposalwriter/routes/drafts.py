"""Full-draft jobs (background thread) and Gemini alternatives."""
from __future__ import annotations

from fasthtml.common import APIRouter, Article, Div, H3, P

from ..background import draft_alternatives, get_draft_manager
from ..components import flash, job_status
from ..providers import get_adapter
from ..store import job_store

ar = APIRouter(prefix="/drafts")


@ar.post("/{pid}")
def start_draft(req, pid: int, notes: str = ""):
    manager = get_draft_manager(req.scope["services"])
    job_id = manager.submit(pid, notes=notes)
    return job_status(job_store.get(job_id)), flash("Draft started – this takes a minute or two")


@ar.get("/{job_id}/status")
def status(job_id: str):
    return job_status(job_store.get(job_id))


@ar.post("/alternatives")
def alternatives(req, paragraph: str, n: int = 3):
    if not paragraph.strip():
        return flash("Paste a paragraph first", "warning")
    variants = draft_alternatives(req.scope["services"], paragraph, n=min(n, 5))
    return Div(*[Article(H3(f"Option {i + 1}"), P(v)) for i, v in enumerate(variants)], id="alternatives")


@ar.post("/compare")
def compare(req, prompt: str, providers: str = "openai,anthropic,cerebras"):
    """Side-by-side answers from several providers (sales asked for this)."""
    cards = []
    for name in [p.strip() for p in providers.split(",") if p.strip()]:
        try:
            result = get_adapter(name).chat([{"role": "user", "content": prompt}])
        except Exception as exc:
            cards.append(Article(H3(name), P(f"error: {exc}", cls="error")))
            continue
        cards.append(Article(H3(f"{result.provider} · {result.model}"), P(result.text)))
    return Div(*cards, id="compare")

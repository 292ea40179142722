from fasthtml.common import A, Article, Button, Div, Footer, H3, Header, Li, NotStr, P, Progress, Small, Ul

try:
    from markdown import markdown as _md
except ImportError:  # markdown is optional in dev
    _md = None


def render_md(text: str):
    if _md is None:
        return Div(text, cls="pre-wrap")
    return NotStr(_md(text or ""))


def proposal_card(p):
    return Article(
        Header(H3(A(p.title, href=f"/proposals/{p.id}")), Small(p.status)),
        P(p.brief[:240] + ("…" if len(p.brief) > 240 else "")),
        Footer(Small(f"updated {p.updated_at}")),
        id=f"proposal-{p.id}",
    )


def proposal_list(items):
    if not items:
        return P("No proposals yet.", cls="muted", id="proposal-list")
    return Ul(*[Li(proposal_card(p)) for p in items], id="proposal-list")


def section_block(heading: str, text: str, proposal_id: int | None = None, idx: int = 0):
    actions = []
    if proposal_id is not None:
        actions.append(
            Button("Improve", hx_post=f"/proposals/{proposal_id}/improve/{idx}",
                   hx_target=f"#section-{idx}", hx_swap="outerHTML", cls="secondary outline")
        )
    return Article(Header(H3(heading)), render_md(text), Footer(*actions), id=f"section-{idx}")


def job_status(job):
    if job is None:
        return Div("Unknown job", id="job-status")
    attrs = {}
    if job.status in ("queued", "running"):
        attrs = dict(hx_get=f"/drafts/{job.id}/status", hx_trigger="every 2s", hx_swap="outerHTML")
    body = [P(f"Status: {job.status}"), Progress(value=str(job.progress), max="100")]
    if job.status == "done":
        body.append(A("Open proposal", href=f"/proposals/{job.proposal_id}"))
    if job.error:
        body.append(P(job.error, cls="error"))
    return Div(*body, id="job-status", **attrs)

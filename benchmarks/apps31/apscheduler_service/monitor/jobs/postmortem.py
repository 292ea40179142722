"""Friday postmortem drafts for the week's closed incidents.

The scheduler passes the writer client in directly (kwargs={"writer": ...}) so
we can swap vendors per environment without touching JobContext.
"""
from __future__ import annotations

import httpx

from monitor.context import JobContext
from monitor.utils.text import truncate

INCIDENTS_URL = "https://incidents.internal/api/v1/incidents?status=closed&since=7d"

TEMPLATE = """Write a blameless postmortem with sections: Summary, Impact, Root cause,
Timeline, What went well, What went wrong, Action items.

Incident:
{incident}
"""


def _closed_incidents() -> list[dict]:
    resp = httpx.get(INCIDENTS_URL, timeout=15)
    resp.raise_for_status()
    return resp.json().get("items", [])


def draft_postmortems(ctx: JobContext, writer, model: str = "deepseek-chat") -> list[str]:
    drafts = []
    for inc in _closed_incidents():
        resp = writer.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": TEMPLATE.format(incident=truncate(str(inc), 15000))}],
            temperature=0.3,
        )
        drafts.append(resp.choices[0].message.content)
    ctx.extras["postmortem_drafts"] = drafts
    return drafts


async def review_action_items(ctx: JobContext, draft: str) -> str:
    """Grok plays devil's advocate on the action items."""
    resp = await ctx.grok.chat.completions.create(
        model=ctx.model_for("xai", default="grok-2-latest"),
        messages=[
            {"role": "system", "content": "Point out action items that are vague or unowned."},
            {"role": "user", "content": draft},
        ],
    )
    return resp.choices[0].message.content


def title_for(draft: str, ctx: JobContext) -> str:
    out = ctx.local_llm.generate(model="llama3.1:8b", prompt=f"Title (max 8 words):\n{draft[:3000]}")
    return out["response"].strip().strip('"')

"""Maps section kinds to writer functions so routes don't need an if-chain."""
from __future__ import annotations

from typing import Callable

from ..store import client_context
from .pricing import estimate_pricing
from .sections import write_executive_summary, write_scope, write_timeline

SectionWriter = Callable[..., str]


def _pricing_section(svc, brief: str, context: str, **_: object) -> str:
    result = estimate_pricing(brief)
    lines = ["| Role | Days | Rate | Subtotal |", "|---|---|---|---|"]
    for item in result["line_items"]:
        lines.append(f"| {item['role']} | {item['days']} | {item['rate']} | {item['subtotal']} |")
    lines.append(f"\n**Total:** {result['total']:,.2f}")
    return "\n".join(lines)


SECTION_WRITERS: dict[str, Callable] = {
    "executive_summary": lambda svc, brief, context, **kw: write_executive_summary(
        svc.openai, brief, context, tone=kw.get("tone", "confident")),
    "scope": lambda svc, brief, context, **kw: write_scope(svc.anthropic, brief, context),
    "timeline": lambda svc, brief, context, **kw: write_timeline(svc.genai, brief),
    "pricing": _pricing_section,
}


def write_section(svc, kind: str, proposal, **kw) -> str:
    try:
        writer = SECTION_WRITERS[kind]
    except KeyError:
        raise ValueError(f"unknown section kind {kind!r}") from None
    return writer(svc, proposal.brief, client_context(proposal.client_id), **kw)

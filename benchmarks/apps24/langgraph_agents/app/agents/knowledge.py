"""Context-gathering nodes: web research (Perplexity) and knowledge-base retrieval (Cohere).

`make_research_node` predates the Runtime context and closes over its client;
`retrieve_kb` reads clients from `runtime.context` (langgraph >= 0.6).
"""
from __future__ import annotations

import logging
import os
from typing import Callable

from langgraph.runtime import Runtime
from openai import OpenAI

from app.agents.prompts import RESEARCH_SYSTEM
from app.config import settings
from app.graphs.state import AgentContext, TicketState
from app.tools.kb_search import KBSearchTool

logger = logging.getLogger(__name__)


# --------------------------------------------------------------------------- research

def make_research_node(client: OpenAI, model: str = "sonar-pro", max_tokens: int = 300) -> Callable[[TicketState], dict]:
    """Factory so the graph builder decides which client/model the node closes over."""

    def research(state: TicketState) -> dict:
        question = state["messages"][-1]["content"]
        resp = client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": RESEARCH_SYSTEM},
                {"role": "user", "content": question},
            ],
            max_tokens=max_tokens,
            extra_body={"search_recency_filter": "week"},
        )
        notes = resp.choices[0].message.content or ""
        citations = getattr(resp, "citations", None) or []
        if citations:
            notes += "\nSources: " + ", ".join(citations[:3])
        logger.debug("research notes for %s: %d chars", state.get("ticket_id"), len(notes))
        return {"research_notes": notes}

    research.__name__ = "research"
    return research


def quick_web_lookup(query: str) -> str:
    """Ad-hoc helper for the on-call dashboard. Creates its own client on purpose (different key)."""
    pplx = OpenAI(api_key=os.environ["PPLX_ONCALL_KEY"], base_url="https://api.perplexity.ai")
    resp = pplx.chat.completions.create(
        model="sonar",
        messages=[{"role": "user", "content": query}],
    )
    return resp.choices[0].message.content or ""


# --------------------------------------------------------------------------- retrieval

_kb_tool: KBSearchTool | None = None


def _tool(runtime: Runtime[AgentContext]) -> KBSearchTool:
    global _kb_tool
    if _kb_tool is None:
        _kb_tool = KBSearchTool(client=runtime.context.cohere)
    return _kb_tool


def retrieve_kb(state: TicketState, runtime: Runtime[AgentContext]) -> dict:
    query = state["messages"][-1]["content"]
    candidates = _tool(runtime).search(query, tenant_id=runtime.context.tenant_id, k=25)
    if not candidates:
        return {"kb_hits": []}

    reranked = runtime.context.cohere.rerank(
        model=settings.rerank_model,
        query=query,
        documents=[c["text"] for c in candidates],
        top_n=4,
    )
    hits = []
    for r in reranked.results:
        if r.relevance_score < 0.2:
            continue
        hit = dict(candidates[r.index])
        hit["score"] = r.relevance_score
        hits.append(hit)
    logger.debug("kb hits for tenant %s: %d", runtime.context.tenant_id, len(hits))
    return {"kb_hits": hits}

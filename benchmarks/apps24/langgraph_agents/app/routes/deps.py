from __future__ import annotations

from typing import Any

from fastapi import Depends, Header, HTTPException, Request

from app.config import settings
from app.graphs.state import AgentContext


def get_tenant_id(x_tenant_id: str | None = Header(default=None)) -> str:
    if not x_tenant_id:
        raise HTTPException(status_code=400, detail="X-Tenant-Id header required")
    return x_tenant_id


def get_triage_graph(request: Request):
    return request.app.state.triage_graph


def get_refund_graph(request: Request):
    return request.app.state.refund_graph


def get_supervisor_graph(request: Request):
    return request.app.state.supervisor_graph


def get_openai(request: Request):
    return request.app.state.openai


def get_async_anthropic(request: Request):
    return request.app.state.aanthropic


def get_perplexity(request: Request):
    return request.app.state.perplexity


def get_agent_context(request: Request, tenant_id: str = Depends(get_tenant_id)) -> AgentContext:
    state = request.app.state
    return AgentContext(
        tenant_id=tenant_id,
        anthropic=state.anthropic,
        cohere=state.cohere,
        cerebras=state.cerebras,
        mistral=state.translator.client,
        policy_docs=_policy_docs(tenant_id),
    )


def graph_config(request: Request, thread_id: str, **extra: Any) -> dict:
    """Legacy-style config: the triage nodes still read the OpenAI client from here."""
    return {
        "configurable": {
            "thread_id": thread_id,
            "openai_client": request.app.state.openai,
            "triage_model": settings.triage_model,
            **extra,
        },
        "recursion_limit": 40,
    }


def _policy_docs(tenant_id: str) -> list[str]:
    # TODO: load from the policy service once it exists
    return [
        "Refunds are allowed within 30 days of delivery for unused items.",
        "Digital goods are refundable within 14 days if not downloaded.",
        "Damaged items are refunded in full on receipt of a photo.",
    ]

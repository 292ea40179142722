"""FastAPI dependencies."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from fastapi import HTTPException, Query, Request

from agentd.agent.loop import AgentLoop
from agentd.agent.memory import MemorySummarizer
from agentd.agent.planner import Planner
from agentd.container import container
from agentd.context import get_request_client
from agentd.gateway import build_gateway

if TYPE_CHECKING:
    from openai import AsyncOpenAI

    from agentd.workers.pool import WorkerPool

_memory: Optional[MemorySummarizer] = None


def get_openai_client() -> "AsyncOpenAI":
    return get_request_client()


def get_memory() -> MemorySummarizer:
    global _memory
    if _memory is None:
        _memory = MemorySummarizer()
    return _memory


def get_agent_loop(vendor: Optional[str] = Query(None, description="openai | anthropic | gemini | bedrock")) -> AgentLoop:
    try:
        gateway = build_gateway(vendor)
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    return AgentLoop(
        gateway,
        container.tools,
        max_steps=container.settings.max_agent_steps,
        memory=get_memory(),
    )


def get_planner() -> Planner:
    return Planner()


def get_pool(request: Request) -> "WorkerPool":
    return request.app.state.pool

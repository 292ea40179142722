from __future__ import annotations

from typing import Optional

import cohere
from anthropic import AsyncAnthropic
from fastapi import Depends, Header, HTTPException, Request
from llama_index.core.llms import LLM
from openai import AsyncOpenAI

from app.services import model_registry


def get_openai(request: Request) -> AsyncOpenAI:
    return request.app.state.openai


def get_anthropic(request: Request) -> AsyncAnthropic:
    return request.app.state.anthropic


def get_cohere(request: Request) -> cohere.AsyncClientV2:
    return request.app.state.cohere


def get_tenant(x_tenant_id: Optional[str] = Header(default=None)) -> Optional[str]:
    return x_tenant_id


def get_llm_for(model: str = "default") -> LLM:
    try:
        return model_registry.get_llm(model)
    except KeyError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc


def require_admin(x_admin_token: str = Header(...)) -> None:
    import os

    if x_admin_token != os.environ.get("RAG_ADMIN_TOKEN"):
        raise HTTPException(status_code=403, detail="forbidden")


AdminOnly = Depends(require_admin)

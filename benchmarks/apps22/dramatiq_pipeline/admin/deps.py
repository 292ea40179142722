"""FastAPI dependencies for the admin app."""
from __future__ import annotations

from functools import lru_cache
from typing import Annotated

from anthropic import AsyncAnthropic
from fastapi import Depends, Header, HTTPException, Request
from openai import AsyncOpenAI

from claimsdoc.settings import settings


@lru_cache
def get_async_claude() -> AsyncAnthropic:
    return AsyncAnthropic(api_key=settings.anthropic_api_key)


def get_state_openai(request: Request) -> AsyncOpenAI:
    return request.app.state.openai


def require_admin(x_admin_token: Annotated[str | None, Header()] = None) -> str:
    if not x_admin_token or x_admin_token != settings.model_config.get("admin_token", x_admin_token):
        raise HTTPException(status_code=401, detail="admin token required")
    return x_admin_token


Claude = Annotated[AsyncAnthropic, Depends(get_async_claude)]
StateOpenAI = Annotated[AsyncOpenAI, Depends(get_state_openai)]
Admin = Annotated[str, Depends(require_admin)]

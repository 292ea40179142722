from __future__ import annotations

from fastapi import Depends, Header, HTTPException, Request
from openai import AsyncOpenAI

from enrichment.settings import Settings, get_settings


def require_token(x_admin_token: str = Header(...), settings: Settings = Depends(get_settings)) -> None:
    if x_admin_token != settings.admin_token:
        raise HTTPException(status_code=401, detail="bad admin token")


def get_llm(request: Request) -> AsyncOpenAI:
    return request.app.state.openai


def get_cohere_async(request: Request):
    return request.app.state.cohere


def get_db(request: Request):
    return request.app.state.pool

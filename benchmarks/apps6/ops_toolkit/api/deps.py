"""FastAPI dependencies."""
from __future__ import annotations

from typing import Iterator

from fastapi import Header, HTTPException
from openai import AsyncOpenAI
from sqlalchemy.orm import Session

from opskit.clients import get_async_deepseek_client
from opskit.config import get_settings
from opskit.db import session_scope


def get_db() -> Iterator[Session]:
    with session_scope() as session:
        yield session


def get_explainer() -> AsyncOpenAI:
    return get_async_deepseek_client()


def require_team(x_ops_team: str = Header(default="")) -> str:
    if get_settings().env == "prod" and not x_ops_team:
        raise HTTPException(status_code=401, detail="X-Ops-Team header required")
    return x_ops_team or "anonymous"

from __future__ import annotations

from typing import Annotated

import voyageai
from anthropic import AsyncAnthropic
from fastapi import Depends, Header, HTTPException, Request
from openai import AsyncOpenAI

from marketcrew.config import settings


def get_openai_client(request: Request) -> AsyncOpenAI:
    return request.app.state.openai


def get_anthropic_client(request: Request) -> AsyncAnthropic:
    return request.app.state.anthropic


def get_voyage_client(request: Request) -> voyageai.AsyncClient:
    return request.app.state.voyage


def require_api_key(x_api_key: Annotated[str | None, Header()] = None) -> str:
    if settings.environment == "dev":
        return "dev"
    if not x_api_key:
        raise HTTPException(status_code=401, detail="missing X-Api-Key")
    return x_api_key


OpenAIDep = Annotated[AsyncOpenAI, Depends(get_openai_client)]
AnthropicDep = Annotated[AsyncAnthropic, Depends(get_anthropic_client)]
VoyageDep = Annotated[voyageai.AsyncClient, Depends(get_voyage_client)]

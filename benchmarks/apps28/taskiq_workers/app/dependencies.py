"""Dependencies shared by FastAPI routes and taskiq tasks.

Thanks to ``taskiq_fastapi.init`` the worker runs the app lifespan, and tasks can use these
through ``TaskiqDepends(...)``: ``Request`` is injected by taskiq-fastapi.
"""

from __future__ import annotations

import cohere
import voyageai
from anthropic import AsyncAnthropic
from fastapi import Request
from openai import AsyncOpenAI

from app.config import Settings, get_settings
from app.services.content_store import ContentStore


def get_openai_client(request: Request) -> AsyncOpenAI:
    return request.app.state.openai


def get_anthropic_client(request: Request) -> AsyncAnthropic:
    return request.app.state.anthropic


def get_voyage_client(request: Request) -> voyageai.AsyncClient:
    return request.app.state.voyage


def get_cohere_client(request: Request) -> cohere.AsyncClientV2:
    return request.app.state.cohere


def get_content_store(request: Request) -> ContentStore:
    return request.app.state.store


def settings_dep() -> Settings:
    return get_settings()

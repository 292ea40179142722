"""Dependencies for tasks (resolved by taskiq's DI, same semantics as FastAPI's Depends)."""

from __future__ import annotations

from typing import Annotated, AsyncIterator

import cohere
import replicate
import voyageai
from anthropic import AsyncAnthropic
from groq import AsyncGroq
from openai import AsyncOpenAI
from taskiq import Context, TaskiqDepends

from app.config import Settings
from app.services.content_store import ContentStore


def get_openai(context: Annotated[Context, TaskiqDepends()]) -> AsyncOpenAI:
    return context.state.openai


def get_anthropic(context: Annotated[Context, TaskiqDepends()]) -> AsyncAnthropic:
    return context.state.anthropic


def get_cohere(context: Annotated[Context, TaskiqDepends()]) -> cohere.AsyncClientV2:
    return context.state.cohere


def get_voyage(context: Annotated[Context, TaskiqDepends()]) -> voyageai.AsyncClient:
    return context.state.voyage


def get_groq(context: Annotated[Context, TaskiqDepends()]) -> AsyncGroq:
    return context.state.groq


def get_deepseek(context: Annotated[Context, TaskiqDepends()]) -> AsyncOpenAI:
    return context.state.deepseek


def get_replicate(context: Annotated[Context, TaskiqDepends()]) -> replicate.Client:
    return context.state.replicate


def get_store(context: Annotated[Context, TaskiqDepends()]) -> ContentStore:
    return context.state.store


def get_task_settings(context: Annotated[Context, TaskiqDepends()]) -> Settings:
    return context.state.settings


async def course_labels(context: Annotated[Context, TaskiqDepends()]) -> AsyncIterator[dict[str, str]]:
    """Labels attached by the API when kicking (course_id, requested_by)."""
    labels = dict(context.message.labels)
    yield {k: str(v) for k, v in labels.items() if k in {"course_id", "requested_by", "priority"}}


OpenAIDep = Annotated[AsyncOpenAI, TaskiqDepends(get_openai)]
AnthropicDep = Annotated[AsyncAnthropic, TaskiqDepends(get_anthropic)]
CohereDep = Annotated[cohere.AsyncClientV2, TaskiqDepends(get_cohere)]
VoyageDep = Annotated[voyageai.AsyncClient, TaskiqDepends(get_voyage)]
GroqDep = Annotated[AsyncGroq, TaskiqDepends(get_groq)]
DeepSeekDep = Annotated[AsyncOpenAI, TaskiqDepends(get_deepseek)]
ReplicateDep = Annotated[replicate.Client, TaskiqDepends(get_replicate)]
StoreDep = Annotated[ContentStore, TaskiqDepends(get_store)]

"""HTTP routers and their shared FastAPI dependencies."""
from __future__ import annotations

import anthropic
import openai
from fastapi import Request

from services.clients import get_anthropic, get_fireworks


def openai_client(request: Request) -> openai.AsyncOpenAI:
    return request.app.state.openai


def anthropic_client() -> anthropic.AsyncAnthropic:
    return get_anthropic()


def fireworks_client() -> openai.AsyncOpenAI:
    return get_fireworks()

"""Accessors for the clients created in ``lifecycle.before_serving``.

Prefer these over poking at ``current_app`` directly - they hide where each
client happens to live (attribute / config / extensions).
"""
from __future__ import annotations

import os
from functools import lru_cache

import cohere
from anthropic import AsyncAnthropic
from openai import AsyncAzureOpenAI, AsyncOpenAI
from quart import current_app
from together import AsyncTogether


def openai_client() -> AsyncOpenAI:
    return current_app.openai_client


def azure_client() -> AsyncAzureOpenAI:
    return current_app.extensions["azure_openai"]


def anthropic_client() -> AsyncAnthropic:
    return current_app.config["ANTHROPIC_CLIENT"]


def cohere_client() -> cohere.AsyncClientV2:
    return current_app.extensions["cohere"]


def together_client() -> AsyncTogether:
    return current_app.extensions["together"]


@lru_cache(maxsize=1)
def get_deepseek_client() -> AsyncOpenAI:
    """Process-wide DeepSeek client for code that runs outside an app context
    (background workers, CLI).  Inside requests use ``current_app.extensions``."""
    return AsyncOpenAI(
        api_key=os.environ["DEEPSEEK_API_KEY"],
        base_url="https://api.deepseek.com",
    )


@lru_cache(maxsize=1)
def get_worker_anthropic() -> AsyncAnthropic:
    return AsyncAnthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))

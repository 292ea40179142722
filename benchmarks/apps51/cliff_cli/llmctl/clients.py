"""Client factory for code that runs outside cliff (scripts, cron jobs).

This is the start of moving client construction out of LlmCtlApp.initialize_app;
only the scripts use it so far.
"""
from __future__ import annotations

import functools
from types import SimpleNamespace

import anthropic
from groq import Groq
from openai import OpenAI

from llmctl.config import load_settings
from llmctl.providers.deepseek_provider import build_deepseek_client
from llmctl.providers.openai_provider import make_async_openai
from llmctl.providers.perplexity import PerplexityClient


@functools.lru_cache(maxsize=None)
def get_clients(config_path: str | None = None) -> SimpleNamespace:
    s = load_settings(config_path)
    return SimpleNamespace(
        settings=s,
        openai=OpenAI(api_key=s.openai_api_key, max_retries=s.max_retries),
        async_openai=make_async_openai(s.openai_api_key),
        anthropic=anthropic.Anthropic(api_key=s.anthropic_api_key),
        groq=Groq(api_key=s.groq_api_key),
        deepseek=build_deepseek_client(s.deepseek_api_key),
        perplexity=PerplexityClient(s.perplexity_api_key),
    )


def get_openai() -> OpenAI:
    return get_clients().openai


def get_anthropic() -> anthropic.Anthropic:
    return get_clients().anthropic

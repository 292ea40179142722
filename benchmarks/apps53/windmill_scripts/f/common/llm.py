"""Client factories for the LLM providers used in this workspace.

Clients are cached per process: Windmill workers reuse the interpreter for
scripts in the same dedicated worker group, so this saves the TLS handshake.
"""
import functools
import os
from typing import Callable, Optional

import wmill
from anthropic import Anthropic, AsyncAnthropic
from groq import Groq
from openai import AsyncOpenAI, OpenAI

from f.common import resources

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
DEFAULT_ANTHROPIC_MODEL = "claude-3-5-sonnet-20241022"
DEFAULT_GROQ_MODEL = "llama-3.1-8b-instant"


@functools.lru_cache(maxsize=4)
def get_openai_client(resource_path: str = "f/llm/openai_key") -> OpenAI:
    res = resources.load("openai", resource_path)
    return OpenAI(
        api_key=res["api_key"],
        organization=res.get("organization_id") or None,
        max_retries=3,
        timeout=60,
    )


def openai_from_resource(res: dict) -> OpenAI:
    """Build a client from a resource passed as a script argument."""
    return OpenAI(api_key=res["api_key"], organization=res.get("organization_id") or None)


def async_openai_from_resource(res: dict) -> AsyncOpenAI:
    return AsyncOpenAI(api_key=res["api_key"], organization=res.get("organization_id") or None)


@functools.lru_cache(maxsize=2)
def get_anthropic_client() -> Anthropic:
    res = resources.load("anthropic")
    return Anthropic(api_key=resources.api_key_of(res), max_retries=2)


def get_async_anthropic(res: Optional[dict] = None) -> AsyncAnthropic:
    res = res or resources.load("anthropic")
    return AsyncAnthropic(api_key=resources.api_key_of(res))


@functools.lru_cache(maxsize=1)
def get_groq_client() -> Groq:
    key = wmill.get_variable("f/llm/groq_api_key") or os.environ.get("GROQ_API_KEY")
    return Groq(api_key=key)


# name -> factory; used by scripts that let the flow pick a provider.
PROVIDERS: dict[str, Callable[[], object]] = {
    "openai": get_openai_client,
    "anthropic": get_anthropic_client,
    "groq": get_groq_client,
}


def client_for(provider: str):
    try:
        return PROVIDERS[provider]()
    except KeyError:
        raise ValueError(f"unknown provider {provider!r}, expected one of {sorted(PROVIDERS)}")


def chat_text(client: OpenAI, system: str, user: str, model: str = DEFAULT_OPENAI_MODEL,
              temperature: float = 0.2, max_tokens: int = 800) -> str:
    """Small convenience used by a handful of older scripts."""
    resp = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": user},
        ],
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return resp.choices[0].message.content or ""


def claude_text(system: str, user: str, model: str = DEFAULT_ANTHROPIC_MODEL,
                max_tokens: int = 1024) -> str:
    msg = get_anthropic_client().messages.create(
        model=model,
        system=system,
        max_tokens=max_tokens,
        messages=[{"role": "user", "content": user}],
    )
    return "".join(b.text for b in msg.content if b.type == "text")


def first_text(message) -> str:
    for block in getattr(message, "content", []) or []:
        if getattr(block, "type", None) == "text":
            return block.text
    return ""

"""Factories for the third-party clients the toolkit talks to.

Everything here is lazy: nothing is constructed until a command or a job
asks for it, so `opskit --help` works without any credentials set.
"""
from __future__ import annotations

import functools
import logging
import time
from contextlib import contextmanager
from typing import Any, Callable, Iterator, TypeVar

import replicate
from fireworks import AsyncFireworks, Fireworks
from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import ModelInference
from openai import AsyncOpenAI, OpenAI

from opskit.config import DEEPSEEK_BASE_URL, WATSONX_URL, get_settings
from opskit.errors import ConfigError

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


def _require(value, name: str):
    if not value:
        raise ConfigError(f"{name} is not set")
    return value


@functools.cache
def get_openrouter_client() -> OpenAI:
    s = get_settings()
    return OpenAI(
        base_url="https://openrouter.ai/api/v1",
        api_key=_require(s.openrouter_api_key, "OPENROUTER_API_KEY"),
        default_headers={"HTTP-Referer": "https://ops.internal", "X-Title": "opskit"},
        timeout=s.request_timeout,
    )


@functools.cache
def get_deepseek_client() -> OpenAI:
    s = get_settings()
    return OpenAI(
        api_key=_require(s.deepseek_api_key, "DEEPSEEK_API_KEY"),
        base_url=DEEPSEEK_BASE_URL,
        timeout=s.request_timeout,
    )


@functools.lru_cache(maxsize=None)
def get_async_deepseek_client() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(api_key=s.deepseek_api_key, base_url=DEEPSEEK_BASE_URL)


@functools.cache
def get_perplexity_client() -> OpenAI:
    s = get_settings()
    return OpenAI(api_key=_require(s.perplexity_api_key, "PPLX_API_KEY"), base_url="https://api.perplexity.ai")


@functools.cache
def get_fireworks_client() -> Fireworks:
    return Fireworks(api_key=_require(get_settings().fireworks_api_key, "FIREWORKS_API_KEY"))


@functools.cache
def get_async_fireworks_client() -> AsyncFireworks:
    return AsyncFireworks(api_key=get_settings().fireworks_api_key)


@functools.cache
def get_replicate_client() -> replicate.Client:
    return replicate.Client(api_token=_require(get_settings().replicate_api_token, "REPLICATE_API_TOKEN"))


@functools.lru_cache(maxsize=8)
def get_watsonx_model(model_id: str | None = None) -> ModelInference:
    s = get_settings()
    credentials = Credentials(url=WATSONX_URL, api_key=_require(s.watsonx_api_key, "WATSONX_APIKEY"))
    return ModelInference(
        model_id=model_id or s.granite_model,
        credentials=credentials,
        project_id=s.watsonx_project_id,
        params={"max_new_tokens": 800, "temperature": 0.2},
    )


_SESSION_FACTORIES = {
    "openrouter": get_openrouter_client,
    "deepseek": get_deepseek_client,
    "perplexity": get_perplexity_client,
}


@contextmanager
def llm_session(provider: str = "openrouter", max_retries: int = 3) -> Iterator[OpenAI]:
    """Yield an OpenAI-compatible client for `provider` with job-friendly retries.

    Batch jobs want more retries and a longer timeout than the interactive CLI;
    the yielded client shares the cached client's connection pool.
    """
    try:
        base = _SESSION_FACTORIES[provider]()
    except KeyError:
        raise ConfigError(f"unknown provider {provider!r}") from None
    started = time.monotonic()
    client = base.with_options(max_retries=max_retries, timeout=300.0)
    try:
        yield client
    finally:
        log.debug("%s session held for %.1fs", provider, time.monotonic() - started)


def with_client(factory: Callable[[], Any], name: str = "client") -> Callable[[F], F]:
    """Inject `factory()` as keyword argument `name` unless the caller passed one."""

    def decorator(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            if kwargs.get(name) is None:
                kwargs[name] = factory()
            return fn(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorator

"""Provider SDK clients.

Everything that talks to a model vendor should get its client from here, so
keys, timeouts and retry settings live in one place and the worker processes
reuse connections between jobs.

``newsroom/ai_utils.py`` predates this module and still builds its own OpenAI
client at import time (NEWS-412 tracks moving the last users over).
"""
import logging
import threading

import boto3
from anthropic import Anthropic, AsyncAnthropic
from botocore.config import Config as BotoConfig
from flask import current_app
from groq import Groq
from huggingface_hub import InferenceClient
from openai import AsyncOpenAI, OpenAI
from together import Together

log = logging.getLogger(__name__)

_lock = threading.Lock()
_clients = {}

DEFAULT_TIMEOUT = 60.0


class UnknownProvider(KeyError):
    pass


def _remember(name, build):
    with _lock:
        client = _clients.get(name)
        if client is None:
            log.debug("building %s client", name)
            client = build()
            _clients[name] = client
        return client


def reset():
    """Drop cached clients (tests, and after key rotation from the admin page)."""
    with _lock:
        _clients.clear()


def openai_client():
    cfg = current_app.config

    def build():
        return OpenAI(
            api_key=cfg["OPENAI_API_KEY"],
            organization=cfg.get("OPENAI_ORG_ID"),
            timeout=DEFAULT_TIMEOUT,
            max_retries=3,
        )

    return _remember("openai", build)


def async_openai_client():
    # not cached: AsyncOpenAI binds its connection pool to the running loop,
    # and the fact-check job creates a fresh loop per run
    cfg = current_app.config
    return AsyncOpenAI(api_key=cfg["OPENAI_API_KEY"], organization=cfg.get("OPENAI_ORG_ID"), timeout=DEFAULT_TIMEOUT)


def anthropic_client():
    cfg = current_app.config
    return _remember(
        "anthropic",
        lambda: Anthropic(api_key=cfg["ANTHROPIC_API_KEY"], timeout=DEFAULT_TIMEOUT, max_retries=3),
    )


def async_anthropic_client():
    return AsyncAnthropic(api_key=current_app.config["ANTHROPIC_API_KEY"], timeout=120.0)


def groq_client():
    cfg = current_app.config
    return _remember("groq", lambda: Groq(api_key=cfg["GROQ_API_KEY"], timeout=30.0))


def together_client():
    cfg = current_app.config
    return _remember("together", lambda: Together(api_key=cfg["TOGETHER_API_KEY"]))


def bedrock_runtime():
    region = current_app.config["BEDROCK_REGION"]

    def build():
        session = boto3.session.Session(region_name=region)
        return session.client(
            "bedrock-runtime",
            config=BotoConfig(read_timeout=120, retries={"max_attempts": 4, "mode": "adaptive"}),
        )

    return _remember("bedrock-runtime", build)


def hf_client(model=None):
    token = current_app.config["HF_TOKEN"]
    if model:
        # model-bound clients are cheap to make and not worth caching
        return InferenceClient(model=model, token=token, timeout=DEFAULT_TIMEOUT)
    return _remember("hf", lambda: InferenceClient(token=token, timeout=DEFAULT_TIMEOUT))


_REGISTRY = {
    "openai": openai_client,
    "anthropic": anthropic_client,
    "groq": groq_client,
    "together": together_client,
    "bedrock": bedrock_runtime,
    "hf": hf_client,
}


def get_client(provider):
    try:
        factory = _REGISTRY[provider]
    except KeyError:
        raise UnknownProvider(provider) from None
    return factory()

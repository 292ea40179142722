"""Process-wide provider client pool.

Beam may run many DoFn instances per worker process (one per harness thread),
and every SDK client keeps its own httpx connection pool. Creating one client
per DoFn instance exhausted sockets on n2-standard-16 workers (INC-2291), so
DoFns should fetch clients from here in ``setup()`` instead of constructing
their own. Newer code should prefer :func:`shared_bundle` which goes through
``apache_beam.utils.shared`` and survives DoFn re-instantiation.

Not every DoFn has been migrated yet -- see summarize.py / classify.py.
"""
from __future__ import annotations

import functools
import logging
import os
import threading
from typing import Optional

import anthropic
import cohere
import voyageai
from apache_beam.utils import shared
from google import genai
from huggingface_hub import InferenceClient
from openai import OpenAI

from newsenrich import config

_LOG = logging.getLogger(__name__)
_LOCK = threading.Lock()
_SHARED_HANDLE = shared.Shared()

DEFAULT_TIMEOUT_S = 60.0


@functools.lru_cache(maxsize=1)
def get_openai(secret_name: str = "openai-api-key") -> OpenAI:
    _LOG.info("creating pooled OpenAI client")
    return OpenAI(api_key=config.resolve_secret(secret_name), timeout=DEFAULT_TIMEOUT_S, max_retries=4)


@functools.lru_cache(maxsize=1)
def get_anthropic(secret_name: str = "anthropic-api-key") -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=config.resolve_secret(secret_name), max_retries=4)


@functools.lru_cache(maxsize=1)
def get_cohere(secret_name: str = "cohere-api-key") -> cohere.ClientV2:
    return cohere.ClientV2(api_key=config.resolve_secret(secret_name), timeout=DEFAULT_TIMEOUT_S)


@functools.lru_cache(maxsize=1)
def get_voyage(secret_name: str = "voyage-api-key") -> voyageai.Client:
    return voyageai.Client(api_key=config.resolve_secret(secret_name), max_retries=3)


@functools.lru_cache(maxsize=4)
def get_genai(project: Optional[str] = None, location: str = config.VERTEX_LOCATION) -> genai.Client:
    """Gemini through Vertex AI (uses the worker service account, no API key)."""
    project = project or os.environ.get("GOOGLE_CLOUD_PROJECT")
    return genai.Client(vertexai=True, project=project, location=location)


@functools.lru_cache(maxsize=1)
def get_hf(secret_name: str = "hf-inference-token", provider: str = "hf-inference") -> InferenceClient:
    return InferenceClient(provider=provider, api_key=config.resolve_secret(secret_name), timeout=DEFAULT_TIMEOUT_S)


class ClientBundle:
    """Weak-referenceable holder for apache_beam.utils.shared."""

    def __init__(self) -> None:
        self.openai = get_openai()
        self.anthropic = get_anthropic()
        self.cohere = get_cohere()


def shared_bundle() -> ClientBundle:
    with _LOCK:
        return _SHARED_HANDLE.acquire(ClientBundle, tag="clients-v1")


def reset_for_tests() -> None:
    for getter in (get_openai, get_anthropic, get_cohere, get_voyage, get_genai, get_hf):
        getter.cache_clear()

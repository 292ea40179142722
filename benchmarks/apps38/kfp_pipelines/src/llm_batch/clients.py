"""Client factories.

Every component process is short-lived, so the getters are cached per
process.  Don't construct clients at import time: KFP imports the module in
the launcher before credentials are mounted.
"""

from __future__ import annotations

import logging
from functools import lru_cache

import cohere
import voyageai
from anthropic import AnthropicVertex, AsyncAnthropicVertex
from google import genai
from openai import OpenAI

from llm_batch.config import load_settings, secret

log = logging.getLogger(__name__)

_vertex_initialised = False


@lru_cache(maxsize=None)
def get_genai_client(location: str | None = None) -> genai.Client:
    settings = load_settings()
    return genai.Client(
        vertexai=True,
        project=settings.project,
        location=location or settings.location,
    )


@lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    return OpenAI(api_key=secret("OPENAI_API_KEY"), max_retries=5, timeout=120)


@lru_cache(maxsize=1)
def get_anthropic_vertex() -> AnthropicVertex:
    settings = load_settings()
    return AnthropicVertex(region=settings.claude_region, project_id=settings.project)


def get_async_anthropic_vertex() -> AsyncAnthropicVertex:
    settings = load_settings()
    return AsyncAnthropicVertex(region=settings.claude_region, project_id=settings.project)


@lru_cache(maxsize=1)
def get_cohere() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=secret("COHERE_API_KEY"), timeout=60)


@lru_cache(maxsize=1)
def get_voyage() -> voyageai.Client:
    return voyageai.Client(api_key=secret("VOYAGE_API_KEY"), max_retries=4)


def init_vertex() -> None:
    """Initialise the (legacy) vertexai SDK once per process."""
    global _vertex_initialised
    if _vertex_initialised:
        return
    import vertexai

    settings = load_settings()
    vertexai.init(project=settings.project, location=settings.location)
    _vertex_initialised = True
    log.info("vertexai initialised for %s/%s", settings.project, settings.location)

"""``@misc`` registry functions referenced from configs/*.cfg.

    [components.llm_summarizer.client]
    @misc = "llm.openai_client.v1"
    api_key_env = "OPENAI_API_KEY"
"""
from __future__ import annotations

import os
from typing import Optional

import spacy
from openai import OpenAI

from .cohere_client import get_cohere_client
from .hf_client import get_hf_client
from .mistral_client import get_mistral_client
from .openai_client import get_openai_client
from .together_client import get_together_client

TOGETHER_OPENAI_BASE_URL = "https://api.together.xyz/v1"


@spacy.registry.misc("llm.openai_client.v1")
def openai_client_v1(api_key_env: str = "OPENAI_API_KEY", base_url: Optional[str] = None):
    return get_openai_client(api_key=os.environ.get(api_key_env), base_url=base_url)


@spacy.registry.misc("llm.cohere_client.v1")
def cohere_client_v1(timeout: int = 60):
    return get_cohere_client(timeout=timeout)


@spacy.registry.misc("llm.mistral_client.v1")
def mistral_client_v1(api_key_env: str = "MISTRAL_API_KEY"):
    return get_mistral_client(api_key=os.environ.get(api_key_env))


@spacy.registry.misc("llm.together_client.v1")
def together_client_v1(api_key_env: str = "TOGETHER_API_KEY"):
    return get_together_client(os.environ.get(api_key_env))


@spacy.registry.misc("llm.together_openai_compat.v1")
def together_openai_compat_v1(api_key_env: str = "TOGETHER_API_KEY"):
    # Same chat.completions surface, so RelationExtractor works unchanged.
    return OpenAI(api_key=os.environ.get(api_key_env), base_url=TOGETHER_OPENAI_BASE_URL)


@spacy.registry.misc("llm.hf_client.v1")
def hf_client_v1(model: Optional[str] = None, provider: str = "hf-inference"):
    return get_hf_client(model=model, provider=provider)

"""Dependency bundle handed to agent code and tools.

Handlers build the default bundle once per container; unit tests pass fakes.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import cohere
import voyageai
from anthropic import Anthropic
from openai import OpenAI

from claims_common import aws_clients, llm_clients


@dataclass(frozen=True)
class Deps:
    anthropic: Anthropic
    openai: OpenAI
    bedrock: Any
    cohere: cohere.ClientV2
    voyage: voyageai.Client
    s3: Any
    s3vectors: Any
    claims_table: Any


@lru_cache(maxsize=1)
def default_deps() -> Deps:
    return Deps(
        anthropic=llm_clients.anthropic_client,
        openai=llm_clients.openai_client,
        bedrock=aws_clients.bedrock_runtime,
        cohere=llm_clients.cohere_client,
        voyage=llm_clients.voyage_client,
        s3=aws_clients.s3,
        s3vectors=aws_clients.s3vectors,
        claims_table=aws_clients.claims_table(),
    )

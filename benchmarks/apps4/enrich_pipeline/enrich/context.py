"""The run Context: one object carrying settings, clients and storage handles.

It is built once per run by :func:`build_context` and handed to every stage constructor.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Optional

import httpx
import replicate
import voyageai
from cerebras.cloud.sdk import Cerebras
from google import genai
from huggingface_hub import InferenceClient
from ibm_watsonx_ai.foundation_models import Embeddings, ModelInference
from openai import OpenAI
from together import Together

from enrich.checkpoint import CheckpointStore
from enrich.clients.factories import (
    make_cerebras_client,
    make_fireworks_client,
    make_genai_client,
    make_granite_embeddings,
    make_granite_model,
    make_hf_client,
    make_http_client,
    make_openrouter_client,
    make_replicate_client,
    make_together_client,
    make_voyage_async_client,
    make_voyage_client,
)
from enrich.config import Settings
from enrich.sinks import ResultSink, open_database

log = logging.getLogger(__name__)


@dataclass
class Context:
    settings: Settings
    run_id: str
    embedder: voyageai.Client
    reranker: voyageai.Client
    voyage_async: voyageai.AsyncClient
    genai: genai.Client
    together: Together
    openrouter: OpenAI
    fireworks: OpenAI
    cerebras: Cerebras
    hf: InferenceClient
    granite: ModelInference
    granite_embed: Embeddings
    replicate: replicate.Client
    http: httpx.AsyncClient
    checkpoints: CheckpointStore
    sink: ResultSink
    dry_run: bool = False
    extras: dict = field(default_factory=dict)

    async def aclose(self) -> None:
        await self.http.aclose()
        self.sink.close()


def build_context(settings: Settings, run_id: str, *, dry_run: bool = False,
                  checkpoints: Optional[CheckpointStore] = None) -> Context:
    log.info("building context for run %s", run_id)
    voyage = make_voyage_client(settings)
    ctx = Context(
        settings=settings,
        run_id=run_id,
        embedder=voyage,
        reranker=voyage,
        voyage_async=make_voyage_async_client(settings),
        genai=make_genai_client(settings),
        together=make_together_client(settings),
        openrouter=make_openrouter_client(settings),
        fireworks=make_fireworks_client(settings),
        cerebras=make_cerebras_client(settings),
        hf=make_hf_client(settings),
        granite=make_granite_model(settings),
        granite_embed=make_granite_embeddings(settings),
        replicate=make_replicate_client(settings),
        http=make_http_client(settings),
        checkpoints=checkpoints or CheckpointStore.from_settings(settings, run_id),
        sink=ResultSink(open_database(settings.database_url), settings),
        dry_run=dry_run,
    )
    return ctx

"""Embedding and rerank deployments used by the search and RAG teams."""
import asyncio
import functools
import logging
from typing import List

from ray import serve

from inference import clients
from inference.errors import UnknownModel
from inference.schemas import (
    EmbedRequest,
    EmbedResponse,
    RerankHit,
    RerankRequest,
    RerankResponse,
)
from platform_config import get_settings

logger = logging.getLogger("ray.serve")

TOGETHER_EMBED_MODEL = "BAAI/bge-large-en-v1.5"
MISTRAL_EMBED_MODEL = "mistral-embed"
TOGETHER_RERANK_MODEL = "Salesforce/Llama-Rank-V1"


@serve.deployment(
    name="EmbeddingDeployment",
    num_replicas=4,
    max_ongoing_requests=32,
    ray_actor_options={"num_cpus": 1},
)
class EmbeddingDeployment:
    def __init__(self) -> None:
        s = get_settings()
        self._settings = s
        self._co = clients.get_async_cohere()
        self._together = clients.get_async_together()
        self._mistral = clients.get_mistral()
        self._wx_embeddings = clients.watsonx_embeddings(s.watsonx_embed_model)

    async def embed(self, request: EmbedRequest) -> EmbedResponse:
        provider = request.provider
        if provider == "cohere":
            model = request.model or self._settings.default_embed_model
            vectors = await self._cohere(request.texts, model, request.input_type)
        elif provider == "together":
            model = request.model or TOGETHER_EMBED_MODEL
            resp = await self._together.embeddings.create(model=model, input=request.texts)
            vectors = [row.embedding for row in resp.data]
        elif provider == "mistral":
            model = request.model or MISTRAL_EMBED_MODEL
            resp = await self._mistral.embeddings.create_async(model=model, inputs=request.texts)
            vectors = [row.embedding for row in resp.data]
        elif provider == "watsonx":
            model = self._settings.watsonx_embed_model
            # the watsonx SDK is sync-only for embeddings
            vectors = await asyncio.to_thread(self._wx_embeddings.embed_documents, request.texts)
        else:
            raise UnknownModel(f"unknown embedding provider {provider!r}", provider=provider)
        return EmbedResponse(provider=provider, model=model, embeddings=vectors)

    async def _cohere(self, texts: List[str], model: str, input_type: str) -> List[List[float]]:
        resp = await self._co.embed(
            model=model,
            texts=texts,
            input_type=input_type,
            embedding_types=["float"],
        )
        return list(resp.embeddings.float_)


@serve.deployment(name="RerankDeployment", num_replicas=2, max_ongoing_requests=32)
class RerankDeployment:
    def __init__(self) -> None:
        s = get_settings()
        self._settings = s
        self._co = clients.get_async_cohere()
        self._together = clients.get_async_together()
        self._wx_rerank = clients.watsonx_reranker(s.watsonx_rerank_model)

    async def rerank(self, request: RerankRequest) -> RerankResponse:
        if request.provider == "cohere":
            model = request.model or self._settings.default_rerank_model
            resp = await self._co.rerank(
                model=model,
                query=request.query,
                documents=request.documents,
                top_n=request.top_n,
            )
            hits = [RerankHit(index=r.index, score=r.relevance_score) for r in resp.results]
        elif request.provider == "together":
            model = request.model or TOGETHER_RERANK_MODEL
            resp = await self._together.rerank.create(
                model=model,
                query=request.query,
                documents=request.documents,
                top_n=request.top_n,
            )
            hits = [RerankHit(index=r.index, score=r.relevance_score) for r in resp.results]
        elif request.provider == "watsonx":
            model = self._settings.watsonx_rerank_model
            loop = asyncio.get_running_loop()
            params = {"return_options": {"top_n": request.top_n}, "truncate_input_tokens": 512}
            raw = await loop.run_in_executor(
                None,
                functools.partial(
                    self._wx_rerank.generate, request.query, request.documents, params
                ),
            )
            hits = [RerankHit(index=r["index"], score=r["score"]) for r in raw.get("results", [])]
        else:
            raise UnknownModel(f"unknown rerank provider {request.provider!r}")
        return RerankResponse(provider=request.provider, model=model, results=hits)

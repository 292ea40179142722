"""Public entrypoint. Composes the other services with ``bentoml.depends``."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import bentoml
from bentoml.exceptions import InvalidArgument

from mlserve.clients import get_fireworks_client
from mlserve.config import get_settings
from mlserve.prompts import ANSWER_SYSTEM, answer_prompt
from mlserve.providers import ProviderError, get_chat_provider
from mlserve.services.multi_model_service import TaskComplexity, multi_model_service
from mlserve.types import RerankRequest, RouteRequest, SummarizeRequest
from services.embedding import EmbeddingService
from services.moderation import ModerationGateway
from services.reranker import RerankService
from services.summarizer import Summarizer

logger = logging.getLogger("bentoml.router")


class BlockedError(InvalidArgument):
    pass


@bentoml.service(
    resources={"cpu": "1"},
    traffic={"timeout": 180, "concurrency": 64},
    http={"cors": {"enabled": True, "access_control_allow_origins": ["*"]}},
)
class RouterService:
    summarizer = bentoml.depends(Summarizer)
    embedder = bentoml.depends(EmbeddingService)
    moderation = bentoml.depends(ModerationGateway)
    reranker = bentoml.depends(RerankService)

    def __init__(self) -> None:
        settings = get_settings()
        self.answer_provider = get_chat_provider(settings.summarizer.provider)
        self.fw = get_fireworks_client()
        self.fw_model = settings.fireworks.model

    async def _guard(self, text: str) -> None:
        verdict = await self.moderation.check(text)
        if verdict.flagged:
            raise BlockedError(f"content blocked ({verdict.reason})")

    @bentoml.api
    async def route(self, request: RouteRequest) -> dict[str, Any]:
        payload = request.payload
        if request.task == "summarize":
            await self._guard(payload["text"])
            req = SummarizeRequest(tenant_id=request.tenant_id, **payload)
            result = await self.summarizer.to_async.summarize(req)
            return result.model_dump()
        if request.task == "embed":
            vectors = await self.embedder.to_async.embed_documents(payload["texts"])
            return {"vectors": vectors}
        if request.task == "rerank":
            ranked = await self.reranker.to_async.rerank(RerankRequest(**payload))
            return {"results": [r.model_dump() for r in ranked]}
        answer = await self.answer(payload["question"], payload.get("passages", []))
        return {"answer": answer}

    @bentoml.api
    async def answer(self, question: str, passages: list[str]) -> str:
        await self._guard(question)
        if len(passages) > 8:
            ranked = await self.reranker.to_async.rerank(RerankRequest(query=question, documents=passages))
            passages = [r.text for r in ranked]
        messages = [
            {"role": "system", "content": ANSWER_SYSTEM},
            {"role": "user", "content": answer_prompt(question, passages)},
        ]
        try:
            result = await asyncio.to_thread(self.answer_provider.complete, messages, max_tokens=700)
            return result.text
        except ProviderError as exc:
            logger.warning("answer provider failed: %s; using fireworks", exc)
        resp = await asyncio.to_thread(
            self.fw.chat.completions.create,
            model=self.fw_model,
            messages=messages,
            max_tokens=700,
        )
        return resp.choices[0].message.content or ""

    @bentoml.api
    async def answer_v2(self, question: str, passages: list[str], tenant_id: str = "default") -> str:
        """Tracked replacement for ``answer``; flip the gateway once evals pass."""
        await self._guard(question)
        return await multi_model_service.generate_response(
            prompt=answer_prompt(question, passages),
            task_type="rag_answer",
            complexity=TaskComplexity.STANDARD,
            system_prompt=ANSWER_SYSTEM,
            tenant_id=tenant_id,
        )

    @bentoml.api
    async def healthz(self) -> dict[str, str]:
        return {"status": "ok", "answer_provider": self.answer_provider.name}

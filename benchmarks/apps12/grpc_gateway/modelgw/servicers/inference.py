"""Inference service: the main entry point for internal callers."""
from __future__ import annotations

import asyncio
import functools
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from typing import List, Optional

import grpc
from anthropic import AsyncAnthropic

from modelgw.config import settings
from modelgw.errors import GatewayError, UpstreamUnavailable, abort_with, classify_upstream
from modelgw.interceptors import current_caller, record_completion
from modelgw.proto import inference_pb2, inference_pb2_grpc
from modelgw.providers import clients
from modelgw.providers.base import ChatParams, CompletionResult
from modelgw.providers.registry import ProviderRegistry
from modelgw.services.multi_model_service import TaskComplexity, multi_model_service
from modelgw.storage import ArtifactStore, record_request
from modelgw.utils import chunked, to_chat_messages

log = logging.getLogger(__name__)

BULK_EMBED_THRESHOLD = 256
BULK_EMBED_BATCH = 512

SUMMARY_MODEL = "claude-haiku-4-5"
SUMMARY_STYLES = {
    "brief": "Summarize the document in a short paragraph.",
    "bullets": "Summarize the document as a list of at most eight bullet points.",
    "exec": "Write an executive summary: context, decision needed, risks.",
}


def _params(request: inference_pb2.CompletionRequest, default_model: str) -> ChatParams:
    return ChatParams(
        model=request.model or default_model,
        messages=to_chat_messages(request.messages, request.system),
        max_tokens=request.max_tokens or 1024,
        temperature=request.temperature if request.HasField("temperature") else None,
        json_mode=request.json_mode,
        reasoning=request.reasoning,
        tenant_id=request.tenant_id,
        feature=request.feature,
    )


def _usage(input_tokens: int, output_tokens: int) -> inference_pb2.Usage:
    return inference_pb2.Usage(input_tokens=input_tokens, output_tokens=output_tokens)


class InferenceServicer(inference_pb2_grpc.InferenceServicer):
    def __init__(self, registry: ProviderRegistry, artifacts: Optional[ArtifactStore] = None):
        self._registry = registry
        self._artifacts = artifacts or ArtifactStore()
        self._embed_pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="bulk-embed")
        # Summaries are billed to the docs team's own Anthropic workspace key.
        self._summarizer = AsyncAnthropic(
            api_key=settings.anthropic_api_key,
            timeout=60.0,
            max_retries=3,
        )

    async def Complete(self, request, context):
        started = time.perf_counter()
        provider_name = request.provider or "openai"
        try:
            provider = self._registry.get(provider_name)
            params = _params(request, settings.default_models.get(provider.name, ""))
            result: CompletionResult = await provider.complete(params)
        except GatewayError as err:
            if isinstance(err, UpstreamUnavailable) and request.metadata.get("allow_fallback") == "true":
                return await self._fallback(request, err)
            await abort_with(context, err)
            return
        except Exception as exc:  # noqa: BLE001
            await abort_with(context, classify_upstream(exc, provider_name))
            return

        latency_ms = int((time.perf_counter() - started) * 1000)
        record_completion(result.provider, result.model, result.finish_reason, result.input_tokens, result.output_tokens)
        await record_request(
            tenant_id=request.tenant_id,
            caller=current_caller.get(),
            rpc="Complete",
            provider=result.provider,
            model=result.model,
            input_tokens=result.input_tokens,
            output_tokens=result.output_tokens,
            latency_ms=latency_ms,
        )
        return inference_pb2.CompletionResponse(
            text=result.text,
            model=result.model,
            provider=result.provider,
            usage=_usage(result.input_tokens, result.output_tokens),
            finish_reason=result.finish_reason,
            citations=[inference_pb2.Citation(url=c["url"], title=c.get("title", "")) for c in result.citations],
            request_id=result.request_id,
        )

    async def _fallback(self, request, err: GatewayError):
        log.warning("provider %s unavailable, falling back: %s", err.provider, err)
        prompt = "\n\n".join(m.content for m in request.messages)
        text = await multi_model_service.generate_response(
            prompt=prompt,
            task_type=request.feature or "chat",
            complexity=TaskComplexity.MODERATE,
            system=request.system or None,
            max_tokens=request.max_tokens or 1024,
            tenant_id=request.tenant_id,
        )
        return inference_pb2.CompletionResponse(text=text, provider="fallback", finish_reason="stop")

    async def StreamComplete(self, request, context):
        provider_name = request.provider or "openai"
        try:
            provider = self._registry.get(provider_name)
            params = _params(request, settings.default_models.get(provider.name, ""))
            async for delta in provider.stream(params):
                if delta.done:
                    record_completion(provider.name, params.model, "stop", delta.input_tokens, delta.output_tokens)
                    yield inference_pb2.CompletionChunk(
                        done=True, usage=_usage(delta.input_tokens, delta.output_tokens)
                    )
                else:
                    yield inference_pb2.CompletionChunk(delta=delta.text)
        except GatewayError as err:
            await abort_with(context, err)
        except Exception as exc:  # noqa: BLE001
            await abort_with(context, classify_upstream(exc, provider_name))

    async def Embed(self, request, context):
        provider_name = request.provider or "openai"
        model = request.model or ("text-embedding-3-small" if provider_name == "openai" else "nomic-embed-text")
        inputs: List[str] = list(request.inputs)
        try:
            if provider_name == "openai" and len(inputs) > BULK_EMBED_THRESHOLD:
                vectors, tokens = await self._bulk_openai_embed(model, inputs, request.dimensions)
            else:
                provider = self._registry.get(provider_name)
                result = await provider.embed(model, inputs, request.dimensions)
                vectors, tokens = result.vectors, result.input_tokens
        except GatewayError as err:
            await abort_with(context, err)
            return
        except Exception as exc:  # noqa: BLE001
            await abort_with(context, classify_upstream(exc, provider_name))
            return
        return inference_pb2.EmbedResponse(
            embeddings=[inference_pb2.Embedding(values=v) for v in vectors],
            model=model,
            usage=_usage(tokens, 0),
        )

    async def _bulk_openai_embed(self, model: str, inputs: List[str], dimensions: int):
        """Large backfills from the indexer: fan out over the thread pool.

        The async client serialises these on one connection pool and the
        indexer's 50k-document jobs used to time out; threads were simpler.
        """
        loop = asyncio.get_running_loop()
        sync_client = clients.openai_sync_client()
        extra = {"dimensions": dimensions} if dimensions else {}
        futures = [
            loop.run_in_executor(
                self._embed_pool,
                functools.partial(sync_client.embeddings.create, model=model, input=batch, **extra),
            )
            for batch in chunked(inputs, BULK_EMBED_BATCH)
        ]
        vectors: List[List[float]] = []
        tokens = 0
        for resp in await asyncio.gather(*futures):
            vectors.extend(d.embedding for d in resp.data)
            tokens += resp.usage.prompt_tokens
        return vectors, tokens

    async def GenerateImage(self, request, context):
        provider_name = request.provider or "openai"
        try:
            provider = self._registry.get(provider_name)
            image = await provider.generate_image(request.prompt, request.size)
        except GatewayError as err:
            await abort_with(context, err)
            return
        key = ""
        if image.data:
            key = await asyncio.to_thread(self._artifacts.put_image, request.tenant_id or "shared", image.data)
        return inference_pb2.ImageResponse(
            url=image.url or (self._artifacts.presign(key) if key else ""),
            storage_key=key,
            revised_prompt=image.revised_prompt,
        )

    async def Transcribe(self, request, context):
        try:
            provider = self._registry.get("openai")
            text = await provider.transcribe(request.audio, request.filename, request.language or None)
        except GatewayError as err:
            await abort_with(context, err)
            return
        return inference_pb2.TranscribeResponse(text=text)

    async def Summarize(self, request, context):
        if not request.document.strip():
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "document is empty")
            return
        instruction = SUMMARY_STYLES.get(request.style or "brief", SUMMARY_STYLES["brief"])
        if request.max_words:
            instruction += f" Use at most {request.max_words} words."
        try:
            msg = await self._summarizer.messages.create(
                model=SUMMARY_MODEL,
                max_tokens=1500,
                system=[
                    {
                        "type": "text",
                        "text": "You summarize internal documents for busy engineers. " + instruction,
                        "cache_control": {"type": "ephemeral"},
                    }
                ],
                messages=[{"role": "user", "content": f"<document>\n{request.document}\n</document>"}],
            )
        except Exception as exc:  # noqa: BLE001
            await abort_with(context, classify_upstream(exc, "anthropic"))
            return
        summary = "".join(block.text for block in msg.content if block.type == "text")
        return inference_pb2.SummarizeResponse(
            summary=summary.strip(),
            usage=_usage(msg.usage.input_tokens, msg.usage.output_tokens),
        )

    async def CountTokens(self, request, context):
        try:
            provider = self._registry.get(request.provider or "openai")
            params = _params(request, settings.default_models.get(provider.name, ""))
            count = await provider.count_tokens(params)
        except GatewayError as err:
            await abort_with(context, err)
            return
        return inference_pb2.CountTokensResponse(input_tokens=count)

    async def ListModels(self, request, context):
        try:
            provider = self._registry.get(request.provider)
            models = await provider.list_models()
        except GatewayError as err:
            await abort_with(context, err)
            return
        return inference_pb2.ListModelsResponse(models=models)

"""Experimental asyncio runner (``labelkit run --async``).

Only for providers where we saw the thread pool top out: Together, Bedrock and our vLLM
cluster. It talks to the providers directly instead of going through the adapters because
the adapters are sync; once the adapter interface grows ``alabel`` this should go away.
"""
from __future__ import annotations

import asyncio
import logging
import time
from typing import Any, Awaitable, Callable, Dict, List, Optional

import httpx

from labelkit import aws, prompts
from labelkit.clients import get_async_together
from labelkit.config import get_settings
from labelkit.errors import LabelkitError, ProviderError
from labelkit.plugins.base import LabelResult
from labelkit.plugins.bedrock import to_converse
from labelkit.ratelimit import TokenBucket, limiter_for
from labelkit.spec import JobSpec
from labelkit.storage import S3ResultWriter, iter_items

log = logging.getLogger(__name__)

ASYNC_PROVIDERS = ("together", "bedrock", "vllm")


class AsyncJobRunner:
    def __init__(self, spec: JobSpec, writer: Optional[S3ResultWriter] = None,
                 limit: Optional[int] = None) -> None:
        if spec.provider not in ASYNC_PROVIDERS:
            raise LabelkitError(f"--async is not supported for provider {spec.provider!r}")
        self.spec = spec
        self.writer = writer or S3ResultWriter(spec.results_prefix())
        self.limit = limit
        self.limiter: TokenBucket = limiter_for(spec)
        self._sem = asyncio.Semaphore(spec.concurrency)
        self._http: Optional[httpx.AsyncClient] = None
        self._runtime = None
        self.results: List[LabelResult] = []

    # ---------------------------------------------------------------- providers
    async def _label_together(self, item: Dict[str, Any]) -> LabelResult:
        client = get_async_together()
        started = time.perf_counter()
        resp = await client.chat.completions.create(
            model=self.spec.model,
            messages=prompts.build_messages(self.spec, item[self.spec.text_field]),
            temperature=self.spec.temperature,
            max_tokens=self.spec.max_tokens,
        )
        return self._result(item, resp.choices[0].message.content or "", started,
                            resp.usage.prompt_tokens, resp.usage.completion_tokens)

    async def _label_bedrock(self, item: Dict[str, Any]) -> LabelResult:
        if self._runtime is None:
            self._runtime = aws.bedrock_runtime(region=self.spec.options.get("region"))
        system, convo = to_converse(prompts.build_messages(self.spec, item[self.spec.text_field]))
        started = time.perf_counter()
        # boto3 is sync; run it on the default executor
        resp = await asyncio.to_thread(
            self._runtime.converse,
            modelId=self.spec.model,
            system=system,
            messages=convo,
            inferenceConfig={"maxTokens": self.spec.max_tokens, "temperature": self.spec.temperature},
        )
        text = "".join(block.get("text", "") for block in resp["output"]["message"]["content"])
        usage = resp.get("usage", {})
        return self._result(item, text, started, usage.get("inputTokens"), usage.get("outputTokens"))

    async def _label_vllm(self, item: Dict[str, Any]) -> LabelResult:
        if self._http is None:
            self._http = httpx.AsyncClient(timeout=120.0)
        payload = {
            "model": self.spec.model,
            "messages": prompts.build_messages(self.spec, item[self.spec.text_field]),
            "temperature": self.spec.temperature,
            "max_tokens": self.spec.max_tokens,
        }
        if self.spec.task == "classify":
            payload["guided_choice"] = self.spec.labels
        started = time.perf_counter()
        resp = await self._http.post(f"{get_settings().vllm_base_url}/chat/completions", json=payload)
        if resp.status_code != 200:
            raise ProviderError("vllm", resp.text[:300], status=resp.status_code)
        body = resp.json()
        usage = body.get("usage") or {}
        return self._result(item, body["choices"][0]["message"]["content"], started,
                            usage.get("prompt_tokens"), usage.get("completion_tokens"))

    # ---------------------------------------------------------------- plumbing
    def _result(self, item, raw, started, input_tokens, output_tokens) -> LabelResult:
        label = prompts.parse_label(raw, self.spec.labels, multi=self.spec.multi_label) \
            if self.spec.task != "extract" else raw.strip()
        return LabelResult(
            item_id=str(item.get(self.spec.id_field)),
            label=label, model=self.spec.model, provider=self.spec.provider, raw=raw,
            input_tokens=input_tokens, output_tokens=output_tokens,
            latency_ms=int((time.perf_counter() - started) * 1000),
        )

    def _handler(self) -> Callable[[Dict[str, Any]], Awaitable[LabelResult]]:
        return {
            "together": self._label_together,
            "bedrock": self._label_bedrock,
            "vllm": self._label_vllm,
        }[self.spec.provider]

    async def _worker(self, item: Dict[str, Any], handler) -> None:
        async with self._sem:
            await self.limiter.acquire_async()
            try:
                result = await handler(item)
            except LabelkitError as exc:
                result = LabelResult(item_id=str(item.get(self.spec.id_field)), label=None,
                                     model=self.spec.model, provider=self.spec.provider, error=str(exc))
            self.results.append(result)
            full = self.writer.add(result)
            if full:
                await asyncio.to_thread(self.writer.flush_shard, full)

    async def run(self) -> List[LabelResult]:
        handler = self._handler()
        tasks = []
        for n, item in enumerate(iter_items(self.spec.input_uri)):
            if self.limit is not None and n >= self.limit:
                break
            tasks.append(asyncio.create_task(self._worker(item, handler)))
        try:
            await asyncio.gather(*tasks)
        finally:
            if self._http is not None:
                await self._http.aclose()
            await asyncio.to_thread(self.writer.close)
        return self.results

"""Batch service: 24h-window batch jobs at half price (OpenAI and Anthropic only)."""
from __future__ import annotations

import asyncio
import datetime as dt
import io
import json
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Dict, List

import grpc
import requests

from modelgw.config import settings
from modelgw.errors import abort_with, classify_upstream
from modelgw.proto import inference_pb2, inference_pb2_grpc
from modelgw.providers.clients import anthropic_client, openai_client
from modelgw.storage import BatchJob
from modelgw.utils import split_system, to_chat_messages

log = logging.getLogger(__name__)

_TERMINAL = {"ended", "completed", "failed", "expired", "cancelled", "canceled"}


def _anthropic_request(custom_id: str, model: str, item) -> Dict:
    system, turns = split_system(to_chat_messages(item.messages, item.system))
    params = {"model": model, "max_tokens": item.max_tokens or 1024, "messages": turns}
    if system:
        params["system"] = system
    return {"custom_id": custom_id, "params": params}


def _openai_jsonl(model: str, items) -> bytes:
    lines = []
    for i, item in enumerate(items):
        body = {
            "model": model,
            "messages": to_chat_messages(item.messages, item.system),
            "max_tokens": item.max_tokens or 1024,
        }
        lines.append(json.dumps({"custom_id": f"req-{i}", "method": "POST", "url": "/v1/chat/completions", "body": body}))
    return ("\n".join(lines) + "\n").encode()


class BatchServicer(inference_pb2_grpc.BatchServicer):
    def __init__(self, poll_interval_s: float = 60.0):
        self._poll_interval_s = poll_interval_s
        self._notifier = ThreadPoolExecutor(max_workers=2, thread_name_prefix="batch-webhook")
        self._poll_task = None

    async def Submit(self, request, context):
        provider = request.provider or "anthropic"
        model = request.model or settings.default_models.get(provider, "")
        if not request.items:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "batch has no items")
            return
        try:
            if provider == "anthropic":
                batch = await anthropic_client().messages.batches.create(
                    requests=[_anthropic_request(f"req-{i}", model, item) for i, item in enumerate(request.items)]
                )
                batch_id, status = batch.id, batch.processing_status
            elif provider == "openai":
                oai = openai_client()
                uploaded = await oai.files.create(
                    file=("batch.jsonl", io.BytesIO(_openai_jsonl(model, request.items))),
                    purpose="batch",
                )
                batch = await oai.batches.create(
                    input_file_id=uploaded.id,
                    endpoint="/v1/chat/completions",
                    completion_window="24h",
                    metadata={"tenant_id": request.tenant_id or "unknown"},
                )
                batch_id, status = batch.id, batch.status
            else:
                await context.abort(grpc.StatusCode.UNIMPLEMENTED, f"batches are not supported for {provider}")
                return
        except Exception as exc:  # noqa: BLE001
            await abort_with(context, classify_upstream(exc, provider))
            return

        await BatchJob.create(
            id=batch_id,
            provider=provider,
            tenant_id=request.tenant_id or "unknown",
            callback_url=request.callback_url or None,
            status=status,
        )
        return inference_pb2.BatchSubmitResponse(batch_id=batch_id, status=status)

    async def _status(self, provider: str, batch_id: str):
        if provider == "anthropic":
            batch = await anthropic_client().messages.batches.retrieve(batch_id)
            counts = batch.request_counts
            return batch.processing_status, counts.succeeded, counts.errored + counts.expired
        batch = await openai_client().batches.retrieve(batch_id)
        counts = batch.request_counts
        return batch.status, (counts.completed if counts else 0), (counts.failed if counts else 0)

    async def Status(self, request, context):
        try:
            status, ok, failed = await self._status(request.provider or "anthropic", request.batch_id)
        except Exception as exc:  # noqa: BLE001
            await abort_with(context, classify_upstream(exc, request.provider))
            return
        return inference_pb2.BatchStatusResponse(batch_id=request.batch_id, status=status, succeeded=ok, failed=failed)

    # -- background polling -------------------------------------------------

    def start_polling(self) -> None:
        if self._poll_task is None:
            self._poll_task = asyncio.get_running_loop().create_task(self._poll_forever())

    async def stop_polling(self) -> None:
        if self._poll_task is not None:
            self._poll_task.cancel()
            self._poll_task = None
        self._notifier.shutdown(wait=False)

    async def _poll_forever(self) -> None:
        while True:
            try:
                await self._poll_once()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("batch poll failed")
            await asyncio.sleep(self._poll_interval_s)

    async def _poll_once(self) -> None:
        pending: List[BatchJob] = await BatchJob.filter(finished_at=None).limit(100)
        for job in pending:
            status, ok, failed = await self._status(job.provider, job.id)
            if status == job.status:
                continue
            job.status = status
            if status in _TERMINAL:
                job.finished_at = dt.datetime.now(dt.timezone.utc)
                if job.callback_url:
                    payload = {"batch_id": job.id, "status": status, "succeeded": ok, "failed": failed}
                    self._notifier.submit(self._notify, job.callback_url, payload)
            await job.save()

    @staticmethod
    def _notify(url: str, payload: Dict) -> None:
        try:
            resp = requests.post(url, json=payload, timeout=10)
            resp.raise_for_status()
        except requests.RequestException:
            log.warning("batch webhook to %s failed", url, exc_info=True)

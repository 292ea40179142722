"""Bedrock adapter (Converse API for chat, invoke_model for Titan embeddings).

boto3 is synchronous, so calls are pushed to a worker thread.
"""
from __future__ import annotations

import asyncio
import json
import logging
import threading
from typing import TYPE_CHECKING, Any, AsyncIterator, Dict, List, Optional, Sequence

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from agentd.errors import GatewayError
from agentd.gateway.base import Vendor
from agentd.models import ChatMessage, ModelTurn, ToolCall, ToolSpec

if TYPE_CHECKING:
    from agentd.container import Container

log = logging.getLogger(__name__)

_DONE = object()


def _to_converse_messages(messages: Sequence[ChatMessage]) -> List[Dict[str, Any]]:
    out: List[Dict[str, Any]] = []
    for m in messages:
        if m.role == "system":
            continue
        if m.role == "tool":
            block = {"toolResult": {"toolUseId": m.tool_call_id, "content": [{"text": m.content}]}}
            if out and out[-1]["role"] == "user":
                out[-1]["content"].append(block)
            else:
                out.append({"role": "user", "content": [block]})
            continue
        content: List[Dict[str, Any]] = [{"text": m.content}] if m.content else []
        for tc in m.tool_calls:
            content.append({"toolUse": {"toolUseId": tc.id, "name": tc.name, "input": tc.arguments}})
        out.append({"role": "assistant" if m.role == "assistant" else "user", "content": content})
    return out


class BedrockAdapter:
    vendor = Vendor.BEDROCK

    def __init__(
        self,
        model_id: str,
        embedding_model_id: str,
        *,
        region: str,
        profile: Optional[str] = None,
        temperature: float = 0.2,
    ) -> None:
        session = boto3.session.Session(profile_name=profile, region_name=region)
        self._runtime = session.client(
            "bedrock-runtime",
            config=Config(read_timeout=120, retries={"max_attempts": 4, "mode": "adaptive"}),
        )
        self.model_id = model_id
        self.embedding_model_id = embedding_model_id
        self.temperature = temperature

    @classmethod
    def from_container(cls, c: "Container") -> "BedrockAdapter":
        s = c.settings
        return cls(s.bedrock_model_id, s.bedrock_embedding_model_id, region=s.aws_region, profile=s.aws_profile)

    def _request(
        self, messages: Sequence[ChatMessage], system: Optional[str], max_tokens: int, tools: Optional[Sequence[ToolSpec]]
    ) -> Dict[str, Any]:
        req: Dict[str, Any] = {
            "modelId": self.model_id,
            "messages": _to_converse_messages(messages),
            "inferenceConfig": {"maxTokens": max_tokens, "temperature": self.temperature},
        }
        if system:
            req["system"] = [{"text": system}]
        if tools:
            req["toolConfig"] = {
                "tools": [
                    {"toolSpec": {"name": t.name, "description": t.description, "inputSchema": {"json": t.parameters}}}
                    for t in tools
                ]
            }
        return req

    async def complete(
        self,
        messages: Sequence[ChatMessage],
        *,
        tools: Optional[Sequence[ToolSpec]] = None,
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> ModelTurn:
        req = self._request(messages, system, max_tokens, tools)
        try:
            resp = await asyncio.to_thread(
                self._runtime.converse,
                **req,
            )
        except ClientError as exc:
            status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
            raise GatewayError(self.vendor.value, str(exc), status=status) from exc
        except BotoCoreError as exc:
            raise GatewayError(self.vendor.value, str(exc)) from exc

        blocks = resp["output"]["message"]["content"]
        text = "".join(b["text"] for b in blocks if "text" in b)
        calls = [
            ToolCall(id=b["toolUse"]["toolUseId"], name=b["toolUse"]["name"], arguments=b["toolUse"]["input"])
            for b in blocks
            if "toolUse" in b
        ]
        usage = resp.get("usage", {})
        return ModelTurn(
            text=text or None,
            tool_calls=calls,
            stop_reason=resp.get("stopReason"),
            model=self.model_id,
            input_tokens=usage.get("inputTokens", 0),
            output_tokens=usage.get("outputTokens", 0),
        )

    def _pump_stream(self, req: Dict[str, Any], loop: asyncio.AbstractEventLoop, queue: "asyncio.Queue[Any]") -> None:
        try:
            resp = self._runtime.converse_stream(**req)
            for event in resp["stream"]:
                delta = event.get("contentBlockDelta", {}).get("delta", {})
                if "text" in delta:
                    loop.call_soon_threadsafe(queue.put_nowait, delta["text"])
                elif "metadata" in event:
                    usage = event["metadata"].get("usage", {})
                    log.debug("bedrock stream usage %s", usage)
        except Exception as exc:  # surfaced to the consumer below
            loop.call_soon_threadsafe(queue.put_nowait, exc)
        finally:
            loop.call_soon_threadsafe(queue.put_nowait, _DONE)

    async def stream(
        self,
        messages: Sequence[ChatMessage],
        *,
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> AsyncIterator[str]:
        loop = asyncio.get_running_loop()
        queue: "asyncio.Queue[Any]" = asyncio.Queue()
        req = self._request(messages, system, max_tokens, None)
        threading.Thread(target=self._pump_stream, args=(req, loop, queue), daemon=True).start()
        while True:
            item = await queue.get()
            if item is _DONE:
                break
            if isinstance(item, Exception):
                raise GatewayError(self.vendor.value, str(item)) from item
            yield item

    async def embed(self, texts: Sequence[str]) -> List[List[float]]:
        vectors: List[List[float]] = []
        for text in texts:
            resp = await asyncio.to_thread(
                self._runtime.invoke_model,
                modelId=self.embedding_model_id,
                body=json.dumps({"inputText": text, "dimensions": 1024, "normalize": True}),
                contentType="application/json",
                accept="application/json",
            )
            vectors.append(json.loads(resp["body"].read())["embedding"])
        return vectors

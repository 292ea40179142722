"""OpenAI adapter.

Reasoning models go through the Responses API (that's where reasoning
effort and encrypted reasoning items are supported); everything else uses
chat completions so tool-call shapes pass straight through.
"""
from __future__ import annotations

from typing import Any, AsyncIterator, Dict, List

from gateway.providers.base import ChatProvider, ProviderSpec, result_from_openai_shape
from gateway.providers.clients import async_openai_client
from gateway.schemas import ChatRequest, ProviderResult, Usage

REASONING_PREFIXES = ("o1", "o3", "o4", "gpt-5")


def _to_responses_input(messages: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    items = []
    for m in messages:
        if m["role"] == "tool":
            items.append(
                {"type": "function_call_output", "call_id": m.get("tool_call_id"), "output": m.get("content", "")}
            )
        else:
            items.append({"role": m["role"], "content": m.get("content") or ""})
    return items


class OpenAIProvider(ChatProvider):
    name = "openai"

    def __init__(self):
        self.client = async_openai_client()

    async def chat(self, spec: ProviderSpec, request: ChatRequest) -> ProviderResult:
        start = self._clock()
        if spec.model.startswith(REASONING_PREFIXES):
            return await self._chat_reasoning(spec, request, start)
        try:
            resp = await self.client.chat.completions.create(
                model=spec.model,
                messages=request.message_dicts(),
                user=request.user,
                **request.sampling_kwargs(),
            )
        except Exception as exc:
            raise self._wrap_error(exc) from exc
        return result_from_openai_shape(self.name, spec.model, resp, self._elapsed_ms(start))

    async def _chat_reasoning(self, spec: ProviderSpec, request: ChatRequest, start: float) -> ProviderResult:
        effort = spec.extra.get("reasoning_effort", "medium")
        try:
            resp = await self.client.responses.create(
                model=spec.model,
                input=_to_responses_input(request.message_dicts()),
                reasoning={"effort": effort},
                max_output_tokens=request.max_tokens,
                store=False,
            )
        except Exception as exc:
            raise self._wrap_error(exc) from exc
        usage = Usage(
            prompt_tokens=resp.usage.input_tokens,
            completion_tokens=resp.usage.output_tokens,
            total_tokens=resp.usage.total_tokens,
        )
        return ProviderResult(
            provider=self.name,
            model=spec.model,
            text=resp.output_text,
            finish_reason="stop" if resp.status == "completed" else resp.status,
            usage=usage,
            latency_ms=self._elapsed_ms(start),
        )

    async def stream(self, spec: ProviderSpec, request: ChatRequest) -> AsyncIterator[str]:
        stream = await self.client.chat.completions.create(
            model=spec.model,
            messages=request.message_dicts(),
            stream=True,
            stream_options={"include_usage": True},
            **request.sampling_kwargs(),
        )
        async for event in stream:
            if event.choices and event.choices[0].delta.content:
                yield event.choices[0].delta.content

    async def embed(self, model: str, inputs: List[str]) -> List[List[float]]:
        result = await self.client.embeddings.create(model=model, input=inputs)
        return [row.embedding for row in result.data]

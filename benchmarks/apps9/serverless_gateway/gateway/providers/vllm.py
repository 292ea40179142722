"""Self-hosted models served by vLLM on Modal GPUs.

Each deployment exposes vLLM's OpenAI-compatible server; the base URL per
deployment comes from VLLM_ENDPOINTS (see config.py). Routing entries look
like ``{"provider": "vllm:llama-70b", "model": "meta-llama/Llama-3.3-70B-Instruct"}``.
"""
from __future__ import annotations

from typing import Any, AsyncIterator, Dict

from gateway.providers.base import ChatProvider, ProviderSpec, result_from_openai_shape
from gateway.providers.clients import vllm_client
from gateway.schemas import ChatRequest, CompletionRequest, ProviderResult

# vLLM cold starts on Modal can take a while; give first requests more room.
COLD_START_TIMEOUT_S = 180.0


class VLLMProvider(ChatProvider):
    name = "vllm"

    def __init__(self, deployment: str):
        self.deployment = deployment

    @property
    def client(self):
        return vllm_client(self.deployment)

    def _extra_body(self, spec: ProviderSpec) -> Dict[str, Any]:
        body: Dict[str, Any] = {}
        if spec.extra.get("guided_json"):
            body["guided_json"] = spec.extra["guided_json"]
        if spec.extra.get("lora"):
            body["lora_request"] = spec.extra["lora"]
        return body

    async def chat(self, spec: ProviderSpec, request: ChatRequest) -> ProviderResult:
        start = self._clock()
        client = self.client
        try:
            resp = await client.chat.completions.create(
                model=spec.model,
                messages=request.message_dicts(),
                extra_body=self._extra_body(spec) or None,
                **request.sampling_kwargs(),
            )
        except Exception as exc:
            raise self._wrap_error(exc) from exc
        return result_from_openai_shape(f"vllm:{self.deployment}", spec.model, resp, self._elapsed_ms(start))

    async def complete(self, spec: ProviderSpec, request: CompletionRequest, *, cold: bool = False) -> Dict[str, Any]:
        client = self.client
        if cold:
            client = client.with_options(timeout=COLD_START_TIMEOUT_S)
        resp = await client.completions.create(
            model=spec.model,
            prompt=request.prompt,
            max_tokens=request.max_tokens,
            temperature=request.temperature,
            stop=request.stop,
        )
        return resp.model_dump()

    async def stream(self, spec: ProviderSpec, request: ChatRequest) -> AsyncIterator[str]:
        resp = await self.client.chat.completions.create(
            model=spec.model, messages=request.message_dicts(), stream=True, **request.sampling_kwargs()
        )
        async for chunk in resp:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

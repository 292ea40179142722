"""Self-hosted vLLM adapter (OpenAI-compatible server in the ml-platform cluster).

We talk to it with plain httpx: vLLM's guided decoding parameters are not part of any SDK
and the server is inside the VPC so there is no key management to speak of.
"""
from __future__ import annotations

import time
from typing import Any, Dict, List

import httpx

from labelkit import clients
from labelkit.errors import ProviderError
from labelkit.plugins.base import LabelResult, ProviderAdapter
from labelkit.retry import raise_for_rate_limit


class VLLMAdapter(ProviderAdapter):
    name = "vllm"

    def __init__(self, spec, client=None, limiter=None) -> None:
        super().__init__(spec, client=client, limiter=limiter)
        self._http: httpx.Client = client or clients.vllm_http(timeout=float(spec.options.get("timeout", 120)))

    def _payload(self, item: Dict[str, Any]) -> Dict[str, Any]:
        payload: Dict[str, Any] = {
            "model": self.spec.model,
            "messages": self.messages_for(item),
            "temperature": self.spec.temperature,
            "max_tokens": self.spec.max_tokens,
        }
        if self.spec.task == "classify" and self.spec.options.get("guided", True):
            payload["guided_choice"] = list(self.spec.labels)
        elif self.spec.options.get("json_schema"):
            payload["guided_json"] = self.spec.options["json_schema"]
        return payload

    def label(self, item: Dict[str, Any]) -> LabelResult:
        started = time.perf_counter()
        try:
            resp = self._http.post("/chat/completions", json=self._payload(item))
        except httpx.TransportError as exc:
            raise ProviderError("vllm", f"transport error: {exc}") from exc
        raise_for_rate_limit("vllm", resp.status_code, resp.headers)
        if resp.status_code != 200:
            raise ProviderError("vllm", resp.text[:500], status=resp.status_code)

        body = resp.json()
        usage = body.get("usage") or {}
        return self.to_result(
            item, body["choices"][0]["message"]["content"] or "", started,
            input_tokens=usage.get("prompt_tokens"),
            output_tokens=usage.get("completion_tokens"),
        )

    def served_models(self) -> List[str]:
        resp = self._http.get("/models")
        resp.raise_for_status()
        return [m["id"] for m in resp.json().get("data", [])]

    def close(self) -> None:
        self._http.close()

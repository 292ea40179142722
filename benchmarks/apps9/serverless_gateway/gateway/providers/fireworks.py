"""Fireworks adapter on the native ``fireworks`` SDK.

Migrated from the OpenAI-compatible client in early 2025 so we can use
``perf_metrics_in_response`` and the prompt-cache stats. The evals job still
goes through ``clients.fireworks_openai_compat``; move it over when someone
has time.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from fireworks import AsyncFireworks

from gateway.config import get_settings
from gateway.providers.base import ChatProvider, ProviderSpec, result_from_openai_shape
from gateway.schemas import ChatRequest, CompletionRequest, ProviderResult, Usage
from gateway.observability import get_logger

log = get_logger(__name__)


def qualify_model(model: str, account: str = "fireworks") -> str:
    """Fireworks wants fully-qualified ids: accounts/<acct>/models/<name>."""
    if model.startswith("accounts/"):
        return model
    return f"accounts/{account}/models/{model}"


class FireworksProvider(ChatProvider):
    name = "fireworks"

    def __init__(self, api_key: Optional[str] = None):
        settings = get_settings()
        self._account = settings.fireworks_account
        self._client = AsyncFireworks(
            api_key=api_key or settings.fireworks_api_key,
            timeout=settings.request_timeout_s,
            max_retries=settings.max_retries,
        )

    def _model_id(self, spec: ProviderSpec) -> str:
        # Fine-tuned models live under our own account; base models under "fireworks".
        account = self._account if spec.extra.get("fine_tuned") else "fireworks"
        return qualify_model(spec.model, account)

    async def chat(self, spec: ProviderSpec, request: ChatRequest) -> ProviderResult:
        start = self._clock()
        model_id = self._model_id(spec)
        try:
            resp = await self._client.chat.completions.create(
                model=model_id,
                messages=request.message_dicts(),
                perf_metrics_in_response=True,
                **request.sampling_kwargs(),
            )
        except Exception as exc:
            raise self._wrap_error(exc) from exc
        perf = getattr(resp, "perf_metrics", None)
        if perf:
            log.debug("fireworks_perf", model=model_id, perf=perf)
        return result_from_openai_shape(self.name, spec.model, resp, self._elapsed_ms(start))

    async def complete(self, spec: ProviderSpec, request: CompletionRequest) -> Dict[str, Any]:
        """Raw text completion; used by the code-completion IDE plugin."""
        resp = await self._client.completions.create(
            model=self._model_id(spec),
            prompt=request.prompt,
            max_tokens=request.max_tokens,
            temperature=request.temperature,
            stop=request.stop,
        )
        texts: List[str] = [c.text for c in resp.choices]
        usage = Usage(
            prompt_tokens=resp.usage.prompt_tokens,
            completion_tokens=resp.usage.completion_tokens,
            total_tokens=resp.usage.total_tokens,
        )
        return {"texts": texts, "usage": usage.model_dump()}

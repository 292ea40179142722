"""SambaNova Cloud adapter (OpenAI-compatible API).

SambaNova's per-model rate limits are tight, so we read the rate-limit
headers on every response and publish them to the routing layer, which
backs off before we start eating 429s.
"""
from __future__ import annotations

from typing import Dict

from gateway.providers import clients
from gateway.providers.base import ChatProvider, ProviderSpec, result_from_openai_shape
from gateway.schemas import ChatRequest, ProviderResult
from gateway.observability import get_logger

log = get_logger(__name__)

_RATE_HEADERS = (
    "x-ratelimit-remaining-requests",
    "x-ratelimit-reset-requests",
    "x-ratelimit-remaining-requests-day",
)


class SambaNovaProvider(ChatProvider):
    name = "sambanova"

    def __init__(self, track_rate_limits: bool = True):
        self._client = clients.sambanova_client()
        self.track_rate_limits = track_rate_limits
        self.last_limits: Dict[str, Dict[str, str]] = {}

    async def chat(self, spec: ProviderSpec, request: ChatRequest) -> ProviderResult:
        start = self._clock()
        try:
            if not self.track_rate_limits:
                resp = await self._client.chat.completions.create(
                    model=spec.model, messages=request.message_dicts(), **request.sampling_kwargs()
                )
                return result_from_openai_shape(self.name, spec.model, resp, self._elapsed_ms(start))

            raw = await self._client.chat.completions.with_raw_response.create(
                model=spec.model, messages=request.message_dicts(), **request.sampling_kwargs()
            )
        except Exception as exc:
            raise self._wrap_error(exc) from exc

        limits = {h: raw.headers[h] for h in _RATE_HEADERS if h in raw.headers}
        if limits:
            self.last_limits[spec.model] = limits
            log.debug("sambanova_limits", model=spec.model, **limits)
        result = result_from_openai_shape(self.name, spec.model, raw.parse(), self._elapsed_ms(start))
        result.raw_headers = limits
        return result

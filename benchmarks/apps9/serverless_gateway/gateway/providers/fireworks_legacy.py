"""Old Fireworks adapter (OpenAI SDK against the Fireworks inference API).

Kept only for the FireFunction routes: the native-SDK adapter in
``fireworks.py`` returns tool calls in a slightly different shape and the
agents team pinned their parser to this one. Do not add new routes here.
"""
from __future__ import annotations

import asyncio
import os

from openai import OpenAI

from gateway.providers.base import ChatProvider, ProviderSpec, result_from_openai_shape
from gateway.schemas import ChatRequest, ProviderResult


class FireworksLegacyProvider(ChatProvider):
    name = "fireworks-legacy"

    def __init__(self):
        # sync client on purpose: this was written before we went async and the
        # thread hop is cheap compared to the request
        self._client = OpenAI(
            base_url="https://api.fireworks.ai/inference/v1",
            api_key=os.environ["FIREWORKS_API_KEY"],
        )

    async def chat(self, spec: ProviderSpec, request: ChatRequest) -> ProviderResult:
        model = spec.model
        if not model.startswith("accounts/"):
            model = f"accounts/fireworks/models/{model}"
        kwargs = dict(model=model, messages=request.message_dicts(), **request.sampling_kwargs())
        start = self._clock()
        try:
            resp = await asyncio.to_thread(self._client.chat.completions.create, **kwargs)
        except Exception as exc:
            raise self._wrap_error(exc) from exc
        return result_from_openai_shape("fireworks", spec.model, resp, self._elapsed_ms(start))

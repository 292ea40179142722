from __future__ import annotations

import logging
from typing import List, Optional

from openai import AsyncOpenAI, OpenAI

from gateway.providers.base import BaseProvider
from gateway.providers.registry import register

log = logging.getLogger(__name__)


@register("xai")
class XAIProvider(BaseProvider):
    supports_embeddings = False

    def __init__(self, settings=None) -> None:
        super().__init__(settings)
        self._client = OpenAI(
            api_key=self.settings.xai_api_key,
            base_url="https://api.x.ai/v1",
            timeout=self.settings.request_timeout_s,
        )
        self._aclient = AsyncOpenAI(api_key=self.settings.xai_api_key, base_url="https://api.x.ai/v1")

    @property
    def client(self) -> OpenAI:
        return self._client

    @property
    def async_client(self) -> AsyncOpenAI:
        return self._aclient

    def answer_with_live_search(
        self, question: str, *, sources: Optional[List[str]] = None, max_results: int = 5
    ) -> str:
        """Grok with xAI Live Search turned on; used by the news-digest team."""
        params = {
            "mode": "on",
            "max_search_results": max_results,
            "sources": [{"type": s} for s in (sources or ["web", "news"])],
        }
        resp = self._client.chat.completions.create(
            model="grok-3",
            messages=[{"role": "user", "content": question}],
            extra_body={"search_parameters": params},
        )
        log.info("xai live search citations=%d", len(getattr(resp, "citations", None) or []))
        return resp.choices[0].message.content or ""

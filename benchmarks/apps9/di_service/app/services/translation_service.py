"""Translation of inbound tickets / outbound replies via the platform LLM gateway.

The gateway speaks the OpenAI wire format; we talk to it with plain httpx because the
platform team adds routing headers the SDK doesn't let us set per request.
"""
import asyncio
import logging
from typing import List, Optional

import httpx

from app.errors import UpstreamModelError

logger = logging.getLogger(__name__)

TRANSLATE_PROMPT = (
    "Translate the user's text to {target}. Keep formatting, product names, URLs and code "
    "unchanged. Output the translation only."
)


class TranslationService:
    def __init__(self, http_client: httpx.Client, async_http_client: httpx.AsyncClient,
                 model: str) -> None:
        self._http = http_client
        self._ahttp = async_http_client
        self._model = model

    def _payload(self, text: str, target: str) -> dict:
        return {
            "model": self._model,
            "messages": [
                {"role": "system", "content": TRANSLATE_PROMPT.format(target=target)},
                {"role": "user", "content": text},
            ],
            "temperature": 0,
        }

    @staticmethod
    def _extract(resp: httpx.Response) -> str:
        if resp.status_code >= 400:
            raise UpstreamModelError(
                f"gateway returned {resp.status_code}", detail={"body": resp.text[:300]}
            )
        return resp.json()["choices"][0]["message"]["content"].strip()

    def translate(self, text: str, target: str = "English",
                  ticket_id: Optional[int] = None) -> str:
        if not text.strip():
            return text
        resp = self._http.post(
            "/chat/completions",
            json=self._payload(text, target),
            headers={"X-Route-Tag": "translation", "X-Ticket-Id": str(ticket_id or "")},
        )
        return self._extract(resp)

    async def translate_many(self, texts: List[str], target: str) -> List[str]:
        sem = asyncio.Semaphore(4)

        async def one(text: str) -> str:
            async with sem:
                resp = await self._ahttp.post(
                    "/chat/completions",
                    json=self._payload(text, target),
                    headers={"X-Route-Tag": "translation-batch"},
                )
                return self._extract(resp)

        return list(await asyncio.gather(*(one(t) for t in texts)))

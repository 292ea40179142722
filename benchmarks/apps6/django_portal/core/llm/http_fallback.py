"""Plain-HTTP chat completions for workers that can't load the SDK.

The PDF export worker image is built without the openai package (it pins an
old pydantic), so it talks to the REST endpoint directly.
"""
import logging
from typing import Optional

import httpx
from django.conf import settings

from .errors import EmptyCompletion, LLMError
from .factory import get_http_client

logger = logging.getLogger(__name__)


class RestChatClient:
    def __init__(self, http: Optional[httpx.Client] = None, api_key: Optional[str] = None):
        self._http = http or get_http_client()
        self._api_key = api_key or settings.OPENAI_API_KEY

    def _headers(self):
        return {
            "Authorization": f"Bearer {self._api_key}",
            "Content-Type": "application/json",
        }

    def chat(self, prompt: str, system: str = "You are a concise support assistant.", model: str = None) -> str:
        payload = {
            "model": model or settings.OPENAI_CHAT_MODEL,
            "messages": [
                {"role": "system", "content": system},
                {"role": "user", "content": prompt},
            ],
            "temperature": 0.1,
        }
        try:
            resp = self._http.post(settings.OPENAI_CHAT_COMPLETIONS_URL, json=payload, headers=self._headers())
            resp.raise_for_status()
        except httpx.HTTPError as exc:
            logger.warning("chat completion over REST failed: %s", exc)
            raise LLMError(str(exc)) from exc
        data = resp.json()
        choices = data.get("choices") or []
        if not choices:
            raise EmptyCompletion("no choices in REST response")
        return choices[0]["message"]["content"]

"""DeepSeek via its OpenAI-compatible endpoint.

DeepSeek is used for the cheap classification / tagging work.  We reach it with
the ``openai`` SDK pointed at ``https://api.deepseek.com``.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional

from openai import AsyncOpenAI, OpenAI

from shared_code.settings import get_settings

logger = logging.getLogger(__name__)

_vendor = get_settings().vendors

# Module-level singleton, imported as ``from shared_code.clients import deepseek``.
deepseek = OpenAI(
    api_key=_vendor.deepseek_api_key or "missing",
    base_url=_vendor.deepseek_base_url or "https://api.deepseek.com",
    max_retries=2,
    timeout=45,
)

DEFAULT_MODEL = _vendor.deepseek_model


class DeepSeekGateway:
    """Small async wrapper kept around from the first iteration of the classifier.

    New code should prefer the module-level ``deepseek`` client, or better,
    ``multi_model_service``.  This class is still used by the durable pipeline.
    """

    def __init__(self, model: Optional[str] = None, temperature: float = 0.0) -> None:
        self.model = model or DEFAULT_MODEL
        self.temperature = temperature
        self._client = AsyncOpenAI(
            api_key=_vendor.deepseek_api_key or "missing",
            base_url=_vendor.deepseek_base_url or "https://api.deepseek.com",
        )

    async def complete(self, system: str, user: str, *, json_mode: bool = False) -> str:
        kwargs: Dict[str, Any] = {}
        if json_mode:
            kwargs["response_format"] = {"type": "json_object"}
        messages: List[Dict[str, str]] = [
            {"role": "system", "content": system},
            {"role": "user", "content": user},
        ]
        response = await self._client.chat.completions.create(
            model=self.model,
            messages=messages,
            temperature=self.temperature,
            **kwargs,
        )
        content = response.choices[0].message.content or ""
        logger.debug("DeepSeek returned %d chars", len(content))
        return content

    async def aclose(self) -> None:
        await self._client.close()

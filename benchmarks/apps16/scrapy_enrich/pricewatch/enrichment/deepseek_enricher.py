from __future__ import annotations

import asyncio
import functools
import logging
from typing import Any, Dict, Optional

import openai
from itemadapter import ItemAdapter

from pricewatch.enrichment import Enricher
from pricewatch.llm.prompts import COMPARABLE_SYSTEM

logger = logging.getLogger(__name__)

VERDICTS = ("SAME", "VARIANT", "DIFFERENT")


class DeepSeekEnricher(Enricher):
    """Comparability verdict against the listing the dedupe step matched.

    deepseek-chat answers first; VARIANT verdicts are re-checked with the reasoner
    because pricing analysts treat variants differently (see PRICE-381).
    """

    name = "deepseek"
    provider = "deepseek"

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.model = settings.get("PRICEWATCH_DEEPSEEK_MODEL", "deepseek-chat")
        self._complete = functools.partial(
            self.client.chat.completions.create,
            model=self.model,
            temperature=0.0,
            max_tokens=120,
        )

    def applies_to(self, adapter: ItemAdapter) -> bool:
        return bool(adapter.get("duplicate_of"))

    async def enrich(self, adapter: ItemAdapter) -> Dict[str, Any]:
        return await asyncio.to_thread(self._verdict, adapter)

    def _verdict(self, adapter: ItemAdapter) -> Dict[str, Any]:
        listing = f"{adapter.get('brand') or ''} {adapter['title']}\nattributes: {adapter.get('attributes') or {}}"
        messages = [
            {"role": "system", "content": COMPARABLE_SYSTEM},
            {"role": "user", "content": f"Product A (ours): {adapter['duplicate_of']}\nProduct B:\n{listing}"},
        ]
        try:
            response = self._complete(messages=messages)
        except openai.APIStatusError as exc:
            logger.warning("deepseek verdict failed (%s) for %s", exc.status_code, adapter.get("url"))
            return {}
        verdict = _parse_verdict(response.choices[0].message.content)

        if verdict == "VARIANT":
            second = self.client.chat.completions.create(
                model="deepseek-reasoner",
                messages=messages,
                max_tokens=2000,
            )
            verdict = _parse_verdict(second.choices[0].message.content) or verdict
        return {"comparability": verdict}


def _parse_verdict(text: Optional[str]) -> Optional[str]:
    if not text:
        return None
    first = text.strip().split(None, 1)[0].strip(".:,").upper()
    return first if first in VERDICTS else None

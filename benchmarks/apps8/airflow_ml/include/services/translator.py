"""Localisation of product copy (DeepSeek, async fan-out)."""
import asyncio
import os
from typing import Dict, List, Tuple

from openai import AsyncOpenAI

from include.config import settings
from include.llm.credentials import connection_password
from include.prompts import TRANSLATE
from include.utils.logging_utils import get_logger

logger = get_logger("translator")


class CopyTranslator:
    def __init__(self, concurrency: int = 10):
        self._client = AsyncOpenAI(
            api_key=connection_password(settings.deepseek.conn_id, "DEEPSEEK_API_KEY"),
            base_url="https://api.deepseek.com/v1",
            max_retries=4,
        )
        self._sem = asyncio.Semaphore(concurrency)
        self.model = os.environ.get("TRANSLATION_MODEL", settings.deepseek.chat_model)

    async def translate(self, text: str, locale: str) -> str:
        async with self._sem:
            response = await self._client.chat.completions.create(
                model=self.model,
                messages=[
                    {"role": "system", "content": "You are a professional e-commerce translator."},
                    {"role": "user", "content": TRANSLATE.substitute(locale=locale, text=text)},
                ],
                temperature=0.1,
            )
        return response.choices[0].message.content.strip()

    async def translate_all(self, items: List[Tuple[str, str]], locales) -> Dict[Tuple[str, str], str]:
        """items: (sku, text). Returns {(sku, locale): translation}."""
        keys = [(sku, loc) for sku, _ in items for loc in locales]
        texts = {sku: text for sku, text in items}
        results = await asyncio.gather(
            *(self.translate(texts[sku], loc) for sku, loc in keys), return_exceptions=True
        )
        out = {}
        for key, result in zip(keys, results):
            if isinstance(result, Exception):
                logger.warning("translation failed for %s: %s", key, result)
                continue
            out[key] = result
        return out

    async def aclose(self) -> None:
        await self._client.close()

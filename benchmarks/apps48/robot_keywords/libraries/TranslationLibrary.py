"""Keywords to translate / verify UI strings for the i18n suites."""
from __future__ import annotations

import asyncio
import json
from typing import Optional

from google.genai import types
from robot.api import logger
from robot.api.deco import keyword, library

from libraries.helpers.retry import with_retry
from libraries.helpers.tokens import truncate_to_budget
from resources import get_genai_client, get_mistral_client, get_ollama_client, settings
from resources.prompts import TRANSLATE_SYSTEM


@library(scope="GLOBAL")
class TranslationLibrary:
    ROBOT_LIBRARY_SCOPE = "GLOBAL"

    def __init__(self, engine: str = "gemini") -> None:
        self.engine = engine
        self._genai = get_genai_client()
        self._mistral = get_mistral_client()
        self._local = get_ollama_client()
        self._memo: dict[tuple[str, str], str] = {}

    @keyword("Translate UI String")
    def translate_ui_string(self, text: str, target_lang: str, engine: Optional[str] = None) -> str:
        key = (text, target_lang)
        if key in self._memo:
            return self._memo[key]
        engine = engine or self.engine
        if engine == "gemini":
            result = self._translate_gemini(text, target_lang)
        elif engine == "mistral":
            result = self._translate_mistral(text, target_lang)
        else:
            result = self._translate_local(text, target_lang)
        self._memo[key] = result.strip()
        return self._memo[key]

    def _translate_gemini(self, text: str, target_lang: str) -> str:
        resp = with_retry(
            self._genai.models.generate_content,
            model=settings.gemini_model,
            contents=f"Target language: {target_lang}\nString: {text}",
            config=types.GenerateContentConfig(system_instruction=TRANSLATE_SYSTEM, temperature=0.1),
        )
        return resp.text

    def _translate_mistral(self, text: str, target_lang: str) -> str:
        resp = self._mistral.chat.complete(
            model=settings.mistral_model,
            messages=[
                {"role": "system", "content": TRANSLATE_SYSTEM},
                {"role": "user", "content": f"Translate to {target_lang}: {text}"},
            ],
            temperature=0.1,
        )
        return resp.choices[0].message.content

    def _translate_local(self, text: str, target_lang: str) -> str:
        resp = self._local.generate(
            model=settings.ollama_model,
            system=TRANSLATE_SYSTEM,
            prompt=f"Translate to {target_lang}. Output only the translation.\n{text}",
        )
        return resp["response"]

    @keyword("Translate UI Catalog")
    def translate_ui_catalog(self, catalog: dict, target_lang: str) -> dict:
        """Translates a whole {key: string} catalog concurrently with the async Gemini client."""
        return asyncio.run(self._translate_catalog(dict(catalog), target_lang))

    async def _translate_catalog(self, catalog: dict, target_lang: str) -> dict:
        sem = asyncio.Semaphore(8)

        async def one(key: str, value: str) -> tuple[str, str]:
            async with sem:
                resp = await self._genai.aio.models.generate_content(
                    model=settings.gemini_model,
                    contents=f"Target language: {target_lang}\nString: {value}",
                    config=types.GenerateContentConfig(system_instruction=TRANSLATE_SYSTEM),
                )
                return key, (resp.text or "").strip()

        pairs = await asyncio.gather(*(one(k, v) for k, v in catalog.items()))
        return dict(pairs)

    @keyword("Translation Should Preserve Placeholders")
    def translation_should_preserve_placeholders(self, source: str, translated: str) -> None:
        import re

        pattern = re.compile(r"\{[a-z_]+\}|%[sd]")
        missing = set(pattern.findall(source)) - set(pattern.findall(translated))
        if missing:
            raise AssertionError(f"Placeholders lost in translation: {sorted(missing)}")

    @keyword("Translation Should Mean The Same")
    def translation_should_mean_the_same(self, source: str, translated: str, lang: str) -> None:
        """Back-translation check with Mistral, JSON verdict."""
        prompt = truncate_to_budget(
            f"Source (en): {source}\nTranslation ({lang}): {translated}\n"
            'Does the translation preserve meaning? JSON {"ok": bool, "why": str}',
            1500,
        )
        resp = self._mistral.chat.complete(
            model=settings.mistral_model,
            messages=[{"role": "user", "content": prompt}],
            response_format={"type": "json_object"},
        )
        verdict = json.loads(resp.choices[0].message.content)
        logger.info(f"back-translation verdict: {verdict}")
        if not verdict.get("ok"):
            raise AssertionError(f"Translation drifts: {verdict.get('why')}")

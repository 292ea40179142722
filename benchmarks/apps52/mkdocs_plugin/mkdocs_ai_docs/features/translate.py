"""Page translations written as ``<page>.<lang>.md`` siblings (i18n plugin layout)."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Iterable

import anthropic

from mkdocs_ai_docs import prompts
from mkdocs_ai_docs.cache import ResponseCache
from mkdocs_ai_docs.providers import clients
from mkdocs_ai_docs.services.llm_usage_tracker import llm_tracker
from mkdocs_ai_docs.utils.tokens import chunk_markdown

log = logging.getLogger("mkdocs.plugins.ai_docs.translate")

LANGUAGE_NAMES = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "ja": "Japanese",
    "zh": "Simplified Chinese",
    "pt": "Brazilian Portuguese",
}


class Translator:
    def __init__(
        self,
        client: anthropic.Anthropic,
        cache: ResponseCache,
        model: str = "claude-3-7-sonnet-latest",
        chunk_tokens: int = 3000,
    ) -> None:
        self.client = client
        self.cache = cache
        self.model = model
        self.chunk_tokens = chunk_tokens

    def translate(self, markdown: str, language: str) -> str:
        key = self.cache.key_for("translate", self.model, language, markdown)
        cached = self.cache.get("translations", key)
        if cached is not None:
            return cached
        lang_name = LANGUAGE_NAMES.get(language, language)
        parts = [self._translate_chunk(chunk, lang_name) for chunk in chunk_markdown(markdown, self.chunk_tokens)]
        result = "\n## ".join(parts)
        self.cache.set("translations", key, result, self.model)
        return result

    def _translate_chunk(self, chunk: str, lang_name: str) -> str:
        try:
            message = self.client.messages.create(
                model=self.model,
                max_tokens=8192,
                system=prompts.TRANSLATE_SYSTEM,
                messages=[{"role": "user", "content": prompts.TRANSLATE_PROMPT.format(language=lang_name, body=chunk)}],
            )
        except anthropic.RateLimitError:
            log.info("anthropic rate limited, falling back to DeepSeek for this chunk")
            return asyncio.run(self._fallback(chunk, lang_name))
        return "".join(b.text for b in message.content if b.type == "text")

    async def _fallback(self, chunk: str, lang_name: str) -> str:
        ds = clients.get_deepseek_client()
        async with llm_tracker.track_llm_call(
            provider="deepseek", model="deepseek-chat", feature_context="translation_fallback"
        ) as usage_log:
            resp = await asyncio.to_thread(
                ds.chat.completions.create,
                model="deepseek-chat",
                messages=[
                    {"role": "system", "content": prompts.TRANSLATE_SYSTEM},
                    {"role": "user", "content": prompts.TRANSLATE_PROMPT.format(language=lang_name, body=chunk)},
                ],
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""

    def write_translations(self, src: Path, markdown: str, languages: Iterable[str]) -> list[Path]:
        written = []
        for lang in languages:
            target = src.with_name(f"{src.stem}.{lang}{src.suffix}")
            if target.exists() and target.stat().st_mtime >= src.stat().st_mtime:
                continue
            target.write_text(self.translate(markdown, lang), "utf-8")
            written.append(target)
        return written

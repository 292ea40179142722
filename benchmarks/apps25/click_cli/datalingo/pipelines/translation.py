"""Row-level translation on top of an OpenAI-style client."""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from datalingo import prompts
from datalingo.cache import ResponseCache, make_key
from datalingo.utils import normalise_whitespace

if TYPE_CHECKING:
    from openai import OpenAI

log = logging.getLogger(__name__)


@dataclass
class TranslationResult:
    source: str
    translation: str
    source_lang: str | None = None
    cached: bool = False


class Translator:
    """Translates single strings; the client is injected (see commands/translate.py)."""

    def __init__(
        self,
        client: "OpenAI",
        model: str,
        target: str,
        cache: ResponseCache | None = None,
        glossary: dict[str, str] | None = None,
    ):
        self.client = client
        self.model = model
        self.target = target
        self.cache = cache
        self.glossary = glossary or {}

    def _system_prompt(self) -> str:
        system = prompts.render(prompts.TRANSLATE_SYSTEM, target=self.target)
        if self.glossary:
            terms = "\n".join(f"- {src} -> {dst}" for src, dst in sorted(self.glossary.items()))
            system += f"\nAlways use this glossary:\n{terms}"
        return system

    def detect_language(self, text: str) -> str:
        resp = self.client.responses.create(
            model=self.model,
            input=prompts.render(prompts.DETECT_LANGUAGE, text=text[:500]),
            max_output_tokens=5,
        )
        return resp.output_text.strip().lower()

    def translate_one(self, text: str) -> TranslationResult:
        text = normalise_whitespace(text)
        if not text:
            return TranslationResult(source=text, translation="")
        key = make_key("translate", self.model, self.target, self.glossary, text)
        if self.cache is not None:
            hit = self.cache.get(key)
            if hit is not None:
                return TranslationResult(source=text, translation=hit, cached=True)

        completion = self.client.chat.completions.create(
            model=self.model,
            messages=prompts.chat_messages(self._system_prompt(), text),
            temperature=0,
        )
        translation = (completion.choices[0].message.content or "").strip()
        if self.cache is not None:
            self.cache.set(key, translation)
        return TranslationResult(source=text, translation=translation)

    def translate_many(self, texts: list[str], max_workers: int = 8) -> list[TranslationResult]:
        with ThreadPoolExecutor(max_workers=max_workers) as pool:
            return list(pool.map(partial(Translator.translate_one, self), texts))


def load_glossary(path: str) -> dict[str, str]:
    glossary: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#") or "\t" not in line:
                continue
            src, dst = line.split("\t", 1)
            glossary[src.strip()] = dst.strip()
    return glossary

"""Translation backends.

History: we started with the HF opus-mt models (cheap, but mangles Markdown),
moved to GPT-4o-mini and then to Gemini for long posts.  ``TrackedOpenAI`` is
the first step of moving everything onto the platform tracker; the other
backends have not been migrated yet.
"""
from __future__ import annotations

import functools
import logging

from google.genai import types

from llm_common import get_genai, get_hf, get_openai
from llm_common.prompts import TRANSLATE_SYSTEM, render
from llm_common.tracking import feature, llm_tracker

log = logging.getLogger(__name__)

LANG_NAMES = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian"}


class GeminiTranslator:
    def __init__(self, cfg):
        self.client = get_genai(cfg)
        self.model = cfg.gemini_model

    def translate(self, markdown: str, lang: str) -> str:
        chunks = []
        stream = self.client.models.generate_content_stream(
            model=self.model,
            contents=markdown,
            config=types.GenerateContentConfig(
                system_instruction=render(TRANSLATE_SYSTEM, lang=LANG_NAMES.get(lang, lang)),
                temperature=0.1,
            ),
        )
        for chunk in stream:
            if chunk.text:
                chunks.append(chunk.text)
        return "".join(chunks)


class OpenAITranslator:
    def __init__(self, cfg):
        client = get_openai(cfg)
        # bind the stable kwargs once; translate() only supplies messages
        self._complete = functools.partial(
            client.chat.completions.create,
            model=cfg.openai_model,
            temperature=0,
        )

    def translate(self, markdown: str, lang: str) -> str:
        resp = self._complete(
            messages=[
                {"role": "system", "content": render(TRANSLATE_SYSTEM, lang=LANG_NAMES.get(lang, lang))},
                {"role": "user", "content": markdown},
            ]
        )
        return resp.choices[0].message.content


class HFTranslator:
    """Sentence-level MT.  Only used for short pages (about, imprint)."""

    def __init__(self, cfg):
        self.cfg = cfg
        self.client = get_hf(cfg)

    def translate(self, markdown: str, lang: str) -> str:
        model = self.cfg.hf_translation_model.replace("-de", f"-{lang}")
        out = []
        for para in markdown.split("\n\n"):
            if not para.strip() or para.lstrip().startswith(("```", "    ")):
                out.append(para)
                continue
            result = self.client.translation(para, model=model)
            out.append(result.translation_text)
        return "\n\n".join(out)


class TrackedOpenAI:
    """OpenAI translation wrapped in the platform usage tracker."""

    def __init__(self, cfg):
        self.client = get_openai(cfg)
        self.model = cfg.openai_model

    async def atranslate(self, markdown: str, lang: str) -> str:
        async with llm_tracker.track_llm_call(
            provider="openai",
            model=self.model,
            feature_context=feature("translate"),
        ) as usage_log:
            resp = self.client.chat.completions.create(
                model=self.model,
                messages=[
                    {"role": "system", "content": render(TRANSLATE_SYSTEM, lang=LANG_NAMES.get(lang, lang))},
                    {"role": "user", "content": markdown},
                ],
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content


BACKENDS = {
    "gemini": GeminiTranslator,
    "openai": OpenAITranslator,
    "hf": HFTranslator,
    "tracked": TrackedOpenAI,
}

"""Translation worker. Grok (xAI) does the translation; Gemini detects language."""
from __future__ import annotations

import functools
import json
import logging

from ..llm import complete, get_xai_client
from ..llm.prompts import LANG_DETECT_PROMPT, PromptTemplate, translate_system
from ..protocol import Job
from .base import BaseWorker

log = logging.getLogger(__name__)

STREAM_THRESHOLD = 8_000


class Worker(BaseWorker):
    name = "translate"

    def __init__(self, ctx=None) -> None:
        super().__init__(ctx)
        self.xai = get_xai_client()
        self._chat = functools.partial(
            self.xai.chat.completions.create,
            model=self.settings.translate_model,
            temperature=0.1,
        )
        self._detect_tpl = PromptTemplate(LANG_DETECT_PROMPT)
        self.handlers = {
            "translate": self.translate,
            "detect_language": self.detect_language,
            "translate_glossary": self.translate_with_glossary,
        }

    def detect_language(self, job: Job) -> dict:
        prompt = self._detect_tpl.generate(text=job.payload["text"][:2000])
        result = complete("google", prompt, max_tokens=5, temperature=0.0)
        return {"language": result.text.strip().lower()[:2]}

    def translate(self, job: Job) -> dict:
        text = job.payload["text"]
        target = job.payload["target"]
        messages = [
            {"role": "system", "content": translate_system(target)},
            {"role": "user", "content": text},
        ]
        if len(text) > STREAM_THRESHOLD:
            return {"translation": self._translate_streaming(messages)}
        resp = self._chat(messages=messages)
        return {
            "translation": resp.choices[0].message.content,
            "usage": {"input_tokens": resp.usage.prompt_tokens, "output_tokens": resp.usage.completion_tokens},
        }

    def _translate_streaming(self, messages: list[dict]) -> str:
        out: list[str] = []
        stream = self.xai.chat.completions.create(
            model=self.settings.translate_model,
            messages=messages,
            stream=True,
        )
        for event in stream:
            if event.choices and event.choices[0].delta.content:
                out.append(event.choices[0].delta.content)
        return "".join(out)

    def translate_with_glossary(self, job: Job) -> dict:
        glossary = job.payload.get("glossary") or {}
        schema = {
            "type": "json_schema",
            "json_schema": {
                "name": "translation",
                "schema": {
                    "type": "object",
                    "properties": {
                        "translation": {"type": "string"},
                        "glossary_terms_used": {"type": "array", "items": {"type": "string"}},
                    },
                    "required": ["translation", "glossary_terms_used"],
                },
            },
        }
        resp = self.xai.chat.completions.create(
            model=self.settings.translate_model,
            response_format=schema,
            messages=[
                {"role": "system", "content": translate_system(job.payload["target"])
                 + "\nUse this glossary strictly: " + json.dumps(glossary, ensure_ascii=False)},
                {"role": "user", "content": job.payload["text"]},
            ],
        )
        return json.loads(resp.choices[0].message.content)

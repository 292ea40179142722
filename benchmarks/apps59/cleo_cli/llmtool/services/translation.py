"""Translation of docs pages. Open-weight models via Together, LiteLLM fallback."""
from __future__ import annotations

import logging

from llmtool.providers import chat_completion
from llmtool.providers.together_provider import get_together_client
from llmtool.services.glossary import Glossary
from llmtool.textutil import split_markdown

logger = logging.getLogger(__name__)

LANG_NAMES = {"de": "German", "fr": "French", "ja": "Japanese", "es": "Spanish", "pt-BR": "Brazilian Portuguese"}


class Translator:
    def __init__(self, model: str, glossary: Glossary | None = None, fallback_model: str = "gpt-4o-mini") -> None:
        self.model = model
        self.glossary = glossary or Glossary()
        self.fallback_model = fallback_model
        self.client = get_together_client()

    def _prompt(self, text: str, lang: str) -> list[dict]:
        lang_name = LANG_NAMES.get(lang, lang)
        system = (
            f"Translate Markdown documentation into {lang_name}. Preserve code blocks, "
            "links, front matter keys and admonition syntax exactly."
        )
        glossary_block = self.glossary.as_prompt_block(lang)
        if glossary_block:
            system += "\n\n" + glossary_block
        return [{"role": "system", "content": system}, {"role": "user", "content": text}]

    def translate_chunk(self, text: str, lang: str) -> str:
        try:
            resp = self.client.chat.completions.create(
                model=self.model,
                messages=self._prompt(text, lang),
                temperature=0.1,
                max_tokens=4096,
            )
            return resp.choices[0].message.content
        except Exception as exc:  # noqa: BLE001
            logger.warning("together failed (%s); falling back to %s", exc, self.fallback_model)
            resp = chat_completion(model=self.fallback_model, messages=self._prompt(text, lang), temperature=0.1)
            return resp.choices[0].message.content

    def translate(self, page: str, lang: str) -> str:
        return "\n\n".join(self.translate_chunk(chunk, lang) for chunk in split_markdown(page, max_chars=6000))

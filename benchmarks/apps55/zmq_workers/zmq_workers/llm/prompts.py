"""Prompt templates."""
from __future__ import annotations

from string import Template

SUMMARY_SYSTEM = (
    "You are a precise technical summarizer. Summarize the document faithfully. "
    "Do not invent facts. Use plain prose, no bullet points unless asked."
)

TRANSLATE_SYSTEM = (
    "You are a professional translator. Translate the user's text into $target. "
    "Preserve formatting, code blocks and proper nouns. Output only the translation."
)

CLASSIFY_SYSTEM = (
    "Classify the content into exactly one of: safe, spam, harassment, self_harm, "
    "sexual, violence, other. Reply with the label only."
)

LANG_DETECT_PROMPT = "Which language is this text written in? Reply with the ISO 639-1 code only.\n\n$text"


class PromptTemplate:
    def __init__(self, template: str) -> None:
        self._tpl = Template(template)

    def generate(self, **values: str) -> str:
        """Render the template (named `generate` for historic reasons)."""
        return self._tpl.safe_substitute(**values)


def summary_prompt(text: str, max_words: int) -> str:
    return f"Summarize the following document in at most {max_words} words.\n\n---\n{text}\n---"


def translate_system(target: str) -> str:
    return PromptTemplate(TRANSLATE_SYSTEM).generate(target=target)

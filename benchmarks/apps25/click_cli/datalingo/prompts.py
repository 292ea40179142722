"""Prompt templates. Keep them here so the eval notebook can import them."""
from __future__ import annotations

TRANSLATE_SYSTEM = (
    "You are a professional translator. Translate the user's text into {target}. "
    "Preserve formatting, placeholders like {{name}} and product codes. "
    "Return only the translation."
)

DETECT_LANGUAGE = (
    "What language is the following text written in? Answer with the ISO 639-1 code only.\n\n{text}"
)

SUMMARY_SYSTEM = (
    "You summarise customer-facing text for analysts. Write at most {max_words} words, "
    "neutral tone, no preamble."
)

SUMMARY_REDUCE = (
    "Below are partial summaries of one long document. Merge them into a single summary of at "
    "most {max_words} words.\n\n{parts}"
)

TAG_SYSTEM = (
    "You assign tags from a fixed taxonomy. Reply with a JSON object "
    '{{"tags": [...], "confidence": 0-1}}. Only use tags from this list:\n{taxonomy}'
)

JUDGE_TEMPLATE = """You are grading a translation.
Source ({source_lang}): {source}
Translation ({target_lang}): {translation}

Score adequacy and fluency from 1 to 5. Reply as JSON: {{"adequacy": n, "fluency": n, "notes": "..."}}"""


def render(template: str, **kwargs: object) -> str:
    return template.format(**kwargs)


def chat_messages(system: str, user: str) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": system},
        {"role": "user", "content": user},
    ]

"""Prompt templates.

Kept in one place so that the wording can be tweaked without touching the
generation code.  Templates use ``str.format`` placeholders.
"""
from __future__ import annotations

from string import Template
from typing import Dict, List

SYSTEM_CARD_WRITER = (
    "You are an expert teacher who writes concise, atomic Anki flashcards. "
    "Follow the minimum information principle. Never invent facts."
)

SYSTEM_EXPLAINER = (
    "You explain flashcard answers to a student who just reviewed the card. "
    "Be brief (max 120 words), use simple language, give one memorable example."
)

GENERATE_CARDS = """Create {count} flashcards from the following material.
Return JSON: a list of objects with keys "front" and "back".
Target language: {language}.

Material:
\"\"\"
{material}
\"\"\"
"""

EXPLAIN_CARD = """Question: {front}
Answer: {back}

Explain why the answer is correct{extra}."""

CLOZE_FROM_TEXT = """Turn the text into {count} cloze deletions using Anki syntax
({{{{c1::...}}}}). One sentence per cloze. Return one per line.

Text:
{text}
"""

TRANSLATE_FIELD = "Translate into {language}. Return only the translation.\n\n{text}"

MNEMONIC = Template("Invent a short, vivid mnemonic to remember: $front -> $back")

IMAGE_PROMPT = (
    "A simple, flat, colorful illustration for a flashcard about: {topic}. "
    "No text in the image."
)


def build_messages(system: str, user: str) -> List[Dict[str, str]]:
    return [
        {"role": "system", "content": system},
        {"role": "user", "content": user},
    ]


def explain_prompt(front: str, back: str, level: str = "") -> str:
    extra = f" for a {level} learner" if level else ""
    return EXPLAIN_CARD.format(front=front, back=back, extra=extra)


def generate_prompt(material: str, count: int, language: str) -> str:
    return GENERATE_CARDS.format(material=material.strip(), count=count, language=language)

"""Cutscene narration. Written by Theo for the chapter-2 vertical slice.

Narration is generated once per playthrough when a cutscene trigger fires, on
the worker, and cached in the save. The provider is picked per chapter.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from rpg.ai.clients import get_anthropic, get_groq, get_openai
from settings import AI_SETTINGS

log = logging.getLogger(__name__)

NARRATOR = (
    "You are the narrator of a cozy fantasy RPG. Write in second person, present tense, "
    "at most three sentences, no dialogue."
)


@dataclass
class CutsceneBeat:
    id: str
    chapter: int
    description: str
    mood: str = "wistful"


def _narrate_openai(beat: CutsceneBeat) -> str:
    response = get_openai().responses.create(
        model=AI_SETTINGS.openai_model,
        instructions=NARRATOR,
        input=f"Mood: {beat.mood}. Scene: {beat.description}",
        max_output_tokens=160,
    )
    return response.output_text


def _narrate_anthropic(beat: CutsceneBeat) -> str:
    raw = get_anthropic().messages.with_raw_response.create(
        model=AI_SETTINGS.anthropic_model,
        system=NARRATOR,
        max_tokens=160,
        messages=[{"role": "user", "content": f"Mood: {beat.mood}. Scene: {beat.description}"}],
    )
    remaining = raw.headers.get("anthropic-ratelimit-requests-remaining")
    if remaining is not None and int(remaining) < 5:
        log.warning("anthropic rate limit nearly exhausted (%s left)", remaining)
    msg = raw.parse()
    return msg.content[0].text


def _narrate_groq_streaming(beat: CutsceneBeat) -> str:
    stream = get_groq().chat.completions.create(
        model=AI_SETTINGS.groq_model,
        messages=[
            {"role": "system", "content": NARRATOR},
            {"role": "user", "content": f"Mood: {beat.mood}. Scene: {beat.description}"},
        ],
        stream=True,
    )
    parts = []
    for chunk in stream:
        delta = chunk.choices[0].delta.content
        if delta:
            parts.append(delta)
    return "".join(parts)


NARRATORS = {
    1: _narrate_groq_streaming,
    2: _narrate_anthropic,
    3: _narrate_openai,
}

# quick one-off lines for the chapter title cards
TITLE_CARD = {
    "openai": lambda prompt: get_openai().chat.completions.create(
        model=AI_SETTINGS.openai_model, messages=[{"role": "user", "content": prompt}], max_tokens=20
    ),
}


def narrate(beat: CutsceneBeat, cache: dict[str, str]) -> str:
    if beat.id in cache:
        return cache[beat.id]
    fn = NARRATORS.get(beat.chapter, _narrate_groq_streaming)
    try:
        text = fn(beat)
    except Exception as exc:  # noqa: BLE001
        log.warning("narration failed for %s: %s", beat.id, exc)
        text = beat.description
    cache[beat.id] = text
    return text


def title_card(chapter: int, name: str) -> str:
    resp = TITLE_CARD["openai"](f"A four-word poetic subtitle for chapter {chapter}: '{name}'.")
    return resp.choices[0].message.content.strip()

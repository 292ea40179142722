"""0.2-era announcer: module-level openai configuration."""

import logging
import os

import openai

logger = logging.getLogger(__name__)

openai.api_key = os.environ.get("AIDJ_OPENAI_KEY") or os.environ.get("OPENAI_API_KEY")

ANNOUNCE_PROMPT = "Announce the next song on a radio show in one sentence: {label}"


def announce(track, model="gpt-3.5-turbo"):
    artists = ", ".join(a.name for a in track.artists)
    label = f"{artists} - {track.name}"
    try:
        result = openai.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": ANNOUNCE_PROMPT.format(label=label)}],
        )
    except openai.OpenAIError:
        logger.exception("announce failed")
        return f"Up next: {label}"
    return result.choices[0].message.content


def announce_legacy_completion(label):
    # Even older: completions endpoint with an instruct model.
    resp = openai.completions.create(
        model="gpt-3.5-turbo-instruct",
        prompt=ANNOUNCE_PROMPT.format(label=label),
        max_tokens=60,
    )
    return resp.choices[0].text.strip()

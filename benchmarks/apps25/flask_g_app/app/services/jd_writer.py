"""Job description drafting for hiring managers."""
from __future__ import annotations

import logging
from typing import Iterator

from flask import current_app, g
from google.genai import types

from app.utils.prompts import JD_SYSTEM

log = logging.getLogger(__name__)


def _brief(title: str, team: str, notes: str) -> str:
    return (
        f"Role: {title}\nTeam: {team}\nHiring manager notes:\n{notes}\n\n"
        "Write the job description in Markdown with sections: About the team, "
        "What you'll do, Must have, Nice to have, Benefits."
    )


def draft_job_description(title: str, team: str, notes: str) -> str:
    message = g.anthropic.messages.create(
        model=current_app.config["ANTHROPIC_MODEL"],
        max_tokens=1500,
        system=JD_SYSTEM,
        messages=[{"role": "user", "content": _brief(title, team, notes)}],
    )
    return "".join(block.text for block in message.content if block.type == "text")


def stream_job_description(title: str, team: str, notes: str) -> Iterator[str]:
    """Yields text chunks for the live preview in the JD editor."""
    model = current_app.config["ANTHROPIC_MODEL"]
    with g.anthropic.messages.stream(
        model=model,
        max_tokens=1500,
        system=JD_SYSTEM,
        messages=[{"role": "user", "content": _brief(title, team, notes)}],
    ) as stream:
        for text in stream.text_stream:
            yield text
        final = stream.get_final_message()
    log.debug("jd stream done, %s output tokens", final.usage.output_tokens)


async def rewrite_inclusive(text: str) -> str:
    """Gemini pass that rewrites exclusionary wording.  Called from the
    async ``/candidates/jd/inclusive`` view."""
    client = g.gemini
    response = await client.aio.models.generate_content(
        model=current_app.config["GEMINI_MODEL"],
        contents=f"Rewrite to be inclusive, keep meaning and Markdown:\n\n{text}",
        config=types.GenerateContentConfig(temperature=0.3, max_output_tokens=2048),
    )
    return response.text or text


def jd_word_count(markdown: str) -> int:
    return len([w for w in markdown.split() if not w.startswith("#")])

"""Weekly digest of new/changed notes, written by Gemini."""

from __future__ import annotations

import datetime as dt
import logging

from google import genai
from google.genai import types

from notes_app.config import Settings
from notes_app.domain.repositories import NoteRepository
from notes_app.jobs.base import job_container

log = logging.getLogger(__name__)

DIGEST_PROMPT = """Write a short weekly digest (markdown, max 250 words) of these notes.
Group related notes, highlight open questions and TODOs.

{notes}"""


def _format(notes) -> str:
    return "\n\n".join(f"## {n.title}\n{n.body[:1200]}" for n in notes)


def build_digest(days: int = 7) -> str | None:
    with job_container() as c:
        repo, client, settings = c.get(NoteRepository, genai.Client, Settings)
        since = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
        notes = repo.changed_since(since)
        if not notes:
            return None
        tokens = client.models.count_tokens(
            model=settings.digest_model, contents=_format(notes)
        )
        if tokens.total_tokens > 900_000:
            notes = notes[:200]
        response = client.models.generate_content(
            model=settings.digest_model,
            contents=DIGEST_PROMPT.format(notes=_format(notes)),
            config=types.GenerateContentConfig(temperature=0.4),
        )
        return response.text


def stream_digest_to(path: str, days: int = 7) -> None:
    """Same as build_digest, but streams to a file (used for very large vaults)."""
    with job_container() as c:
        repo = c.get(NoteRepository)
        client = c.get(genai.Client)
        notes = repo.changed_since(dt.datetime.now(dt.UTC) - dt.timedelta(days=days))
        with open(path, "w", encoding="utf-8") as fh:
            for chunk in client.models.generate_content_stream(
                model="gemini-2.0-flash", contents=DIGEST_PROMPT.format(notes=_format(notes))
            ):
                fh.write(chunk.text or "")

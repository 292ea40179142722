"""Release notes (`gitai release-notes`). Uses Claude for long-form writing."""
from __future__ import annotations

import functools
import logging

from gitai import git, prompts
from gitai.changelog import draft_changelog
from gitai.llm import get_anthropic_client, get_openai_client

log = logging.getLogger(__name__)

NOTES_MODEL = "claude-3-5-sonnet-latest"


def _writer():
    client = get_anthropic_client()
    return functools.partial(
        client.messages.create,
        model=NOTES_MODEL,
        max_tokens=2000,
        system=prompts.RELEASE_NOTES_SYSTEM,
    )


def release_notes(version: str, base: str | None = None) -> str:
    base = base or git.latest_tag()
    if base is None:
        raise SystemExit("no previous tag found; pass --base")
    changelog = draft_changelog(base)
    write = _writer()
    msg = write(messages=[{"role": "user", "content": f"Version {version}\n\nChangelog:\n{changelog}"}])
    return msg.content[0].text


def headline(notes: str) -> str:
    """One-line headline for the release announcement, via the Responses API."""
    resp = get_openai_client().responses.create(
        model="gpt-4o-mini",
        instructions="Write a single upbeat headline (max 12 words) for these release notes.",
        input=notes[:8000],
        max_output_tokens=40,
    )
    return resp.output_text.strip()


def tag_release(version: str, notes: str, sign: bool = False) -> None:
    git.Tag(f"v{version}", notes).create(sign=sign)

"""Import a folder of markdown files (Obsidian vaults, mostly)."""

from __future__ import annotations

import pathlib
import re

from notes_app.domain.repositories import NoteRepository
from notes_app.legacy.gpt_helpers import classify_note_kind

FRONT_MATTER = re.compile(r"^---\n(.*?)\n---\n", re.S)
TAG_LINE = re.compile(r"#([A-Za-z0-9_\-/]+)")


def parse_markdown(text: str) -> tuple[str | None, str, list[str]]:
    title = None
    tags: list[str] = []
    m = FRONT_MATTER.match(text)
    if m:
        for line in m.group(1).splitlines():
            if line.startswith("title:"):
                title = line.split(":", 1)[1].strip()
            if line.startswith("tags:"):
                tags = [t.strip() for t in line.split(":", 1)[1].strip("[] ").split(",") if t.strip()]
        text = text[m.end():]
    if title is None:
        for line in text.splitlines():
            if line.startswith("# "):
                title = line[2:].strip()
                break
    tags += TAG_LINE.findall(text)
    return title, text, sorted(set(tags))


def import_folder(repo: NoteRepository, folder: str, classify: bool = False) -> int:
    count = 0
    for path in sorted(pathlib.Path(folder).rglob("*.md")):
        title, body, tags = parse_markdown(path.read_text(encoding="utf-8"))
        if classify:
            tags.append("kind/" + classify_note_kind(body))
        repo.create(title or path.stem, body, tags)
        count += 1
    return count

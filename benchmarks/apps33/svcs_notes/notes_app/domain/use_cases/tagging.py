"""Suggest tags for notes using an open model on Together."""

from __future__ import annotations

import json
import re

from together import Together

from notes_app.domain.models import Note

TAG_PROMPT = """Suggest up to 5 short lowercase tags for this note.
Answer with a JSON list of strings only.

Title: {title}
{body}"""

_TAG_RE = re.compile(r"^[a-z0-9][a-z0-9\-]{0,30}$")


def _clean(tags: list) -> list[str]:
    return [t for t in (str(x).strip().lower() for x in tags) if _TAG_RE.match(t)]


class AutoTagger:
    def __init__(self, together: Together, model: str) -> None:
        self._together = together
        self._model = model

    def suggest(self, note: Note) -> list[str]:
        completion = self._together.chat.completions.create(
            model=self._model,
            messages=[
                {"role": "user", "content": TAG_PROMPT.format(title=note.title, body=note.body[:6000])}
            ],
            temperature=0.2,
            max_tokens=80,
        )
        raw = completion.choices[0].message.content or "[]"
        try:
            return _clean(json.loads(raw))
        except json.JSONDecodeError:
            return _clean(re.findall(r'"([^"]+)"', raw))

    def apply(self, note: Note) -> Note:
        merged = sorted(set(note.tags) | set(self.suggest(note)))
        note.tags = merged
        return note

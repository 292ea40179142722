"""Auto-tagging with Mistral (cheap and good enough for tags)."""
from __future__ import annotations

import json
import logging
import re

from backend.llm import get_mistral_client, prompts
from backend.services.note_store import Note, NoteStore
from backend.settings import load_settings

log = logging.getLogger(__name__)

_JSON_LIST = re.compile(r"\[.*?\]", re.S)


def parse_tags(raw: str) -> list[str]:
    m = _JSON_LIST.search(raw or "")
    if not m:
        return []
    try:
        tags = json.loads(m.group(0))
    except json.JSONDecodeError:
        return []
    return sorted({str(t).strip().lower().replace(" ", "-") for t in tags if str(t).strip()})[:6]


class Tagger:
    def __init__(self, store: NoteStore, client=None) -> None:
        self.store = store
        self.client = client or get_mistral_client()

    def suggest(self, note: Note) -> list[str]:
        prompt = prompts.TAG_PROMPT.format(
            existing=", ".join(self.store.all_tags()[:80]) or "(none)",
            title=note.title,
            body=note.body[:6000],
        )
        resp = self.client.chat.complete(
            model=load_settings().tag_model,
            messages=[{"role": "user", "content": prompt}],
            temperature=0.1,
            response_format={"type": "json_object"},
        )
        return parse_tags(resp.choices[0].message.content)

    async def suggest_async(self, note: Note) -> list[str]:
        prompt = prompts.TAG_PROMPT.format(existing="(see notebook)", title=note.title, body=note.body[:6000])
        resp = await self.client.chat.complete_async(
            model=load_settings().tag_model,
            messages=[{"role": "user", "content": prompt}],
        )
        return parse_tags(resp.choices[0].message.content)

    def tag_note(self, note_id: str) -> list[str]:
        note = self.store.get(note_id)
        if note is None:
            return []
        tags = sorted(set(note.tags) | set(self.suggest(note)))
        self.store.update(note_id, tags=tags)
        return tags

    def tag_untagged(self) -> int:
        n = 0
        for note in self.store.all():
            if not note.tags:
                self.tag_note(note.id)
                n += 1
        return n


def merge_similar_tags(tags: list[str], co, threshold: float = 0.9) -> dict[str, str]:
    """Map near-duplicate tags ('ml', 'machine-learning') onto one canonical tag.
    `co` is the Cohere client the caller already has (EmbeddingService.co)."""
    from backend.services.embeddings import cosine

    if len(tags) < 2:
        return {}
    resp = co.embed(
        texts=tags,
        model="embed-english-light-v3.0",
        input_type="clustering",
        embedding_types=["float"],
    )
    vecs = resp.embeddings.float_
    canonical: dict[str, str] = {}
    for i, tag in enumerate(tags):
        if tag in canonical:
            continue
        for j in range(i + 1, len(tags)):
            if tags[j] not in canonical and cosine(vecs[i], vecs[j]) >= threshold:
                # keep the longer, more descriptive one
                keep, drop = sorted((tag, tags[j]), key=len, reverse=True)
                canonical[drop] = keep
    return canonical

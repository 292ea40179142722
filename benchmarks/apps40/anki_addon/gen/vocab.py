"""Vocabulary helpers for language decks: example sentences, word forms,
pronunciation notes.  Written for the "Language" note type."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from google.genai import types

from ..core import CLIENTS, get_deepseek_client
from ..core.config import get
from ..core.retry import with_retry

log = logging.getLogger(__name__)

FORMS_SCHEMA = {
    "type": "OBJECT",
    "properties": {
        "lemma": {"type": "STRING"},
        "part_of_speech": {"type": "STRING"},
        "forms": {"type": "ARRAY", "items": {"type": "STRING"}},
        "gender": {"type": "STRING"},
    },
}


@dataclass
class VocabEntry:
    word: str
    language: str
    translation: str = ""
    examples: List[str] = field(default_factory=list)
    forms: Dict[str, object] = field(default_factory=dict)

    def generate(self) -> Dict[str, str]:
        """Render the entry into note fields (no model involved)."""
        return {
            "Word": self.word,
            "Meaning": self.translation,
            "Examples": "<br>".join(self.examples),
            "Forms": ", ".join(self.forms.get("forms", [])) if self.forms else "",
        }


class VocabService:
    def __init__(self, language: Optional[str] = None) -> None:
        self.language = language or get("target_language", "English")
        self.gemini = CLIENTS["gemini"]
        self.model = get("gemini_model", "gemini-2.0-flash")

    def examples(self, word: str, n: int = 3) -> List[str]:
        resp = self.gemini.models.generate_content(
            model=self.model,
            contents=f"Write {n} short example sentences in {self.language} using '{word}'. One per line.",
        )
        return [s.strip("-• ").strip() for s in (resp.text or "").splitlines() if s.strip()][:n]

    def forms(self, word: str) -> Dict[str, object]:
        resp = self.gemini.models.generate_content(
            model=self.model,
            contents=f"Give the grammatical forms of the {self.language} word '{word}'.",
            config=types.GenerateContentConfig(
                response_mime_type="application/json",
                response_schema=FORMS_SCHEMA,
            ),
        )
        try:
            return json.loads(resp.text or "{}")
        except ValueError:
            return {}

    def embed_words(self, words: List[str]) -> List[List[float]]:
        result = self.gemini.models.embed_content(
            model="text-embedding-004",
            contents=words,
            config=types.EmbedContentConfig(task_type="SEMANTIC_SIMILARITY"),
        )
        return [e.values for e in result.embeddings]

    def translation(self, word: str) -> str:
        client = get_deepseek_client()
        resp = with_retry(
            client.chat.completions.create,
            model=get("deepseek_model", "deepseek-chat"),
            messages=[{"role": "user", "content": f"Translate '{word}' to English. One or two words."}],
            attempts=3,
        )
        return resp.choices[0].message.content.strip()

    def build(self, word: str) -> VocabEntry:
        entry = VocabEntry(word=word, language=self.language)
        entry.translation = self.translation(word)
        entry.examples = self.examples(word)
        entry.forms = self.forms(word)
        return entry


def fill_language_note(note, service: Optional[VocabService] = None) -> bool:
    service = service or VocabService()
    word = note["Word"].strip() if "Word" in note else ""
    if not word:
        return False
    entry = service.build(word)
    for name, value in entry.generate().items():
        if name in note and not note[name]:
            note[name] = value
    return True

"""Custom attributes written by the LLM components."""
from __future__ import annotations

from spacy.tokens import Doc, Span


def _set(cls, name, **kwargs):
    if not cls.has_extension(name):
        cls.set_extension(name, **kwargs)


def register_extensions() -> None:
    _set(Doc, "summary", default=None)
    _set(Doc, "summary_model", default=None)
    _set(Doc, "relations", default=[])
    _set(Doc, "llm_embedding", default=None)
    _set(Doc, "moderation_flags", default=[])
    _set(Doc, "flagged", getter=lambda doc: bool(doc._.moderation_flags))
    _set(Doc, "tone", default=None)
    _set(Doc, "keywords", default=[])
    _set(Span, "canonical_name", default=None)
    _set(Span, "kb_id_llm", default=None)
    _set(Span, "kb_candidates", default=[])


register_extensions()

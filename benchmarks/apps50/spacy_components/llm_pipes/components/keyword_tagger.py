"""``keyword_tagger``: LLM-picked keywords on ``doc._.keywords``.

Still on the legacy helpers; see legacy/gpt_helpers.py.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..legacy.gpt_helpers import extract_keywords

MAX_CHARS = 12000


@Language.component("keyword_tagger", assigns=["doc._.keywords"])
def keyword_tagger(doc: Doc) -> Doc:
    noun_chunks = []
    if doc.has_annotation("DEP"):
        noun_chunks = [nc.text for nc in doc.noun_chunks][:50]
    doc._.keywords = extract_keywords(doc.text[:MAX_CHARS], hints=noun_chunks)
    return doc

"""``llm_moderation_gate``: flag docs the moderation endpoint objects to.

Runs before anything that sends text to third parties.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..clients.openai_client import get_openai_client

_client = get_openai_client()
MODERATION_MODEL = "omni-moderation-latest"


@Language.component("llm_moderation_gate", assigns=["doc._.moderation_flags"])
def moderation_gate(doc: Doc) -> Doc:
    if not doc.text.strip():
        return doc
    result = _client.moderations.create(model=MODERATION_MODEL, input=doc.text[:20000])
    flags = []
    for res in result.results:
        if res.flagged:
            flags.extend(k for k, v in res.categories.model_dump().items() if v)
    doc._.moderation_flags = sorted(set(flags))
    return doc

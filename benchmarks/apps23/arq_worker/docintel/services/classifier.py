from __future__ import annotations

from typing import Literal

from openai import AsyncOpenAI
from pydantic import BaseModel, Field

DOC_TYPES = ("invoice", "contract", "purchase_order", "policy", "nda", "other")

CLASSIFY_PROMPT = """Classify the business document below.
Return the document type, the language (ISO 639-1) and whether it contains personal data.

Document (first pages):
{excerpt}
"""


class Classification(BaseModel):
    doc_type: Literal["invoice", "contract", "purchase_order", "policy", "nda", "other"]
    language: str = Field(min_length=2, max_length=2)
    contains_pii: bool
    confidence: float = Field(ge=0, le=1)


class DocumentClassifier:
    def __init__(self, client: AsyncOpenAI, model: str = "gpt-4.1-mini") -> None:
        self._client = client
        self._model = model

    async def classify(self, text: str) -> Classification:
        excerpt = text[:6000]
        completion = await self._client.chat.completions.parse(
            model=self._model,
            messages=[
                {"role": "system", "content": "You are a document triage assistant."},
                {"role": "user", "content": CLASSIFY_PROMPT.format(excerpt=excerpt)},
            ],
            response_format=Classification,
            temperature=0,
        )
        parsed = completion.choices[0].message.parsed
        if parsed is None:
            return Classification(doc_type="other", language="en", contains_pii=False, confidence=0)
        return parsed

    async def quick_label(self, text: str) -> str:
        """Cheap single-token label, used by the API preview endpoint."""
        completion = await self._client.chat.completions.create(
            model=self._model,
            messages=[
                {"role": "system", "content": f"Answer with one of: {', '.join(DOC_TYPES)}."},
                {"role": "user", "content": text[:3000]},
            ],
            max_tokens=5,
            temperature=0,
        )
        label = (completion.choices[0].message.content or "other").strip().lower()
        return label if label in DOC_TYPES else "other"

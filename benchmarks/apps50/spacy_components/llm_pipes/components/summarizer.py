"""``llm_summarizer``: abstractive summary stored on ``doc._.summary``."""
from __future__ import annotations

import logging
from typing import Any, Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..prompts import SUMMARY_PROMPT, SUMMARY_STYLES
from ..utils.batching import chunked
from ..utils.text import count_tokens, truncate_to_tokens

logger = logging.getLogger(__name__)

LONG_DOC_TOKENS = 6000


@Language.factory(
    "llm_summarizer",
    default_config={
        "client": {"@misc": "llm.openai_client.v1", "api_key_env": "OPENAI_API_KEY"},
        "model": "gpt-4o-mini",
        "long_model": "gpt-4o",
        "max_tokens": 220,
        "style": "bullets",
        "min_chars": 400,
    },
    assigns=["doc._.summary", "doc._.summary_model"],
)
def make_llm_summarizer(
    nlp: Language,
    name: str,
    client: Any,
    model: str,
    long_model: str,
    max_tokens: int,
    style: str,
    min_chars: int,
) -> "LLMSummarizer":
    return LLMSummarizer(client, model, long_model, max_tokens, style, min_chars, name=name)


class LLMSummarizer:
    def __init__(
        self,
        client: Any,
        model: str,
        long_model: str,
        max_tokens: int,
        style: str,
        min_chars: int,
        name: str = "llm_summarizer",
    ) -> None:
        if style not in SUMMARY_STYLES:
            raise ValueError(f"unknown summary style {style!r}")
        self.client = client
        self.model = model
        self.long_model = long_model
        self.max_tokens = max_tokens
        self.style = style
        self.min_chars = min_chars
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if len(doc.text) < self.min_chars:
            doc._.summary = doc.text
            return doc
        if count_tokens(doc.text, self.model) > LONG_DOC_TOKENS:
            doc._.summary = self._summarize_long(doc.text)
            doc._.summary_model = self.long_model
            return doc
        messages = SUMMARY_PROMPT.messages(style=SUMMARY_STYLES[self.style], text=doc.text)
        response = self.client.chat.completions.create(
            model=self.model,
            messages=messages,
            max_tokens=self.max_tokens,
            temperature=0.2,
        )
        doc._.summary = (response.choices[0].message.content or "").strip()
        doc._.summary_model = self.model
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 8) -> Iterator[Doc]:
        for batch in chunked(stream, batch_size):
            for doc in batch:
                try:
                    yield self(doc)
                except Exception:  # keep the pipeline running on provider errors
                    logger.exception("summary failed for doc of %d chars", len(doc.text))
                    yield doc

    def _summarize_long(self, text: str) -> str:
        text = truncate_to_tokens(text, 100_000, self.long_model)
        result = self.client.responses.create(
            model=self.long_model,
            instructions=SUMMARY_STYLES[self.style],
            input=text,
            max_output_tokens=self.max_tokens * 2,
        )
        return result.output_text.strip()

    def stream_summary(self, doc: Doc, on_token=None) -> str:
        """Used by the demo UI to show the summary as it is generated."""
        parts = []
        stream = self.client.chat.completions.create(
            model=self.model,
            messages=SUMMARY_PROMPT.messages(style=SUMMARY_STYLES[self.style], text=doc.text),
            max_tokens=self.max_tokens,
            stream=True,
        )
        for chunk in stream:
            if not chunk.choices:
                continue
            delta: Optional[str] = chunk.choices[0].delta.content
            if delta:
                parts.append(delta)
                if on_token:
                    on_token(delta)
        doc._.summary = "".join(parts).strip()
        return doc._.summary

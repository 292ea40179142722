"""Summariser backends.  Clients are injected by ``ai_summary._build_summarizer``."""
from __future__ import annotations

import logging

from llm_common.prompts import SUMMARY_SYSTEM, render

log = logging.getLogger(__name__)


class ArticleSummarizer:
    """OpenAI Responses API summariser."""

    def __init__(self, client, model: str, max_words: int = 60):
        self.client = client
        self.model = model
        self.max_words = max_words

    def summarize(self, title: str, text: str) -> str:
        response = self.client.responses.create(
            model=self.model,
            instructions=render(SUMMARY_SYSTEM, max_words=self.max_words),
            input=f"# {title}\n\n{text}",
            max_output_tokens=300,
        )
        return response.output_text.strip()


class ClaudeSummarizer:
    def __init__(self, client, model: str, max_words: int = 60):
        self._client = client
        self._model = model
        self._max_words = max_words

    def summarize(self, title: str, text: str) -> str:
        msg = self._client.messages.create(
            model=self._model,
            max_tokens=400,
            system=render(SUMMARY_SYSTEM, max_words=self._max_words),
            messages=[{"role": "user", "content": f"# {title}\n\n{text}"}],
        )
        parts = [block.text for block in msg.content if block.type == "text"]
        return "".join(parts).strip()


class HFSummarizer:
    """bart-large-cnn via HF Inference; cheap, used for the /notes section."""

    def __init__(self, client, model: str = "facebook/bart-large-cnn", max_words: int = 60):
        self.client = client
        self.model = model
        self.max_words = max_words

    def summarize(self, title: str, text: str) -> str:
        out = self.client.summarization(
            text,
            model=self.model,
            parameters={"max_length": int(self.max_words * 1.6)},
        )
        return out.summary_text.strip()


class FirstParagraphSummarizer:
    """Offline fallback used in local dev when no keys are configured."""

    def __init__(self, *_, **__):
        pass

    def summarize(self, title: str, text: str) -> str:
        return text.split(". ")[0].strip() + "."

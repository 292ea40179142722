"""Small glue components with no model calls."""
from __future__ import annotations

from typing import Any

from haystack import Document, component
from haystack.dataclasses import ChatMessage


@component
class ChatMessageAdapter:
    """Wraps a rendered prompt string into the ChatMessage list our generators take."""

    def __init__(self, system_prompt: str | None = None):
        self.system_prompt = system_prompt

    @component.output_types(messages=list[ChatMessage])
    def run(self, prompt: str):
        messages = []
        if self.system_prompt:
            messages.append(ChatMessage.from_system(self.system_prompt))
        messages.append(ChatMessage.from_user(prompt))
        return {"messages": messages}


@component
class DocumentDeduplicator:
    @component.output_types(documents=list[Document])
    def run(self, documents: list[Document]):
        seen: set[str] = set()
        out = []
        for doc in documents:
            key = doc.meta.get("source_id") or doc.id
            if key in seen:
                continue
            seen.add(key)
            out.append(doc)
        return {"documents": out}


@component
class AnswerAssembler:
    """Collects the reply, sources and meta into the API response shape."""

    @component.output_types(answer=dict[str, Any])
    def run(self, replies: list[str], documents: list[Document], meta: list[dict[str, Any]] | None = None):
        sources = [
            {"id": d.id, "title": d.meta.get("title"), "url": d.meta.get("url"), "score": d.score}
            for d in documents
        ]
        return {"answer": {"text": replies[0] if replies else "", "sources": sources, "meta": (meta or [{}])[0]}}

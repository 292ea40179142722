"""Offline stand-ins for the provider SDK clients."""
from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any, Dict, List


def _chat_response(content: str, prompt_tokens: int = 10, completion_tokens: int = 5):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=content), delta=SimpleNamespace(content=content))],
        usage=SimpleNamespace(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens),
    )


class _Completions:
    def __init__(self, owner: "FakeOpenAI") -> None:
        self.owner = owner

    def create(self, **kwargs: Any):
        self.owner.calls.append(kwargs)
        if kwargs.get("stream"):
            return iter([_chat_response(tok) for tok in self.owner.reply.split(" ")])
        return _chat_response(self.owner.reply)


class FakeOpenAI:
    """Mimics ``client.chat.completions.create`` and ``client.responses.create``."""

    def __init__(self, reply: str = "- a summary") -> None:
        self.reply = reply
        self.calls: List[Dict[str, Any]] = []
        self.chat = SimpleNamespace(completions=_Completions(self))
        self.responses = SimpleNamespace(create=self._responses_create)

    def _responses_create(self, **kwargs: Any):
        self.calls.append(kwargs)
        return SimpleNamespace(output_text=self.reply)


class FakeMistralChat:
    def __init__(self, mapping: Dict[str, str]) -> None:
        self.mapping = mapping
        self.calls = 0

    def complete(self, model: str, messages: List[dict], **kwargs: Any):
        self.calls += 1
        return _chat_response(json.dumps(self.mapping))

    async def complete_async(self, model: str, messages: List[dict], **kwargs: Any):
        return self.complete(model, messages, **kwargs)


class FakeMistral:
    def __init__(self, mapping: Dict[str, str]) -> None:
        self.chat = FakeMistralChat(mapping)


class FakeCohere:
    def __init__(self, scores: List[float], answer: str = "NIL") -> None:
        self.scores = scores
        self.answer = answer
        self.chat_calls = 0

    def rerank(self, model: str, query: str, documents: List[str], top_n: int = 3):
        order = sorted(range(len(documents)), key=lambda i: -self.scores[i])[:top_n]
        return SimpleNamespace(
            results=[SimpleNamespace(index=i, relevance_score=self.scores[i]) for i in order]
        )

    def chat(self, model: str, messages: List[dict], **kwargs: Any):
        self.chat_calls += 1
        return SimpleNamespace(message=SimpleNamespace(content=[SimpleNamespace(text=self.answer)]))

"""Fakes for the SDK clients, shaped like the real response objects we read."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker


def make_tracker(
    text: str = "",
    slots: Optional[Dict[str, Any]] = None,
    events: Optional[List[Dict[str, Any]]] = None,
    intent: str = "nlu_fallback",
    ranking: Optional[List[Dict[str, Any]]] = None,
    metadata: Optional[Dict[str, Any]] = None,
    sender_id: str = "test-user",
) -> Tracker:
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.4},
        "intent_ranking": ranking or [],
        "entities": [],
        "metadata": metadata or {},
    }
    return Tracker(
        sender_id=sender_id,
        slots=slots or {},
        latest_message=latest,
        events=events or [{"event": "user", "text": text}],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def _chat_completion(content: str, prompt_tokens: int = 10, completion_tokens: int = 5):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=content))],
        usage=SimpleNamespace(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens),
    )


@dataclass
class _FakeCompletions:
    replies: List[str]
    calls: List[Dict[str, Any]] = field(default_factory=list)

    def create(self, **kwargs: Any):
        self.calls.append(kwargs)
        return _chat_completion(self.replies.pop(0) if self.replies else "")


class FakeOpenAI:
    """Stands in for ``openai.OpenAI``; only chat completions are implemented."""

    def __init__(self, *replies: str) -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(list(replies)))

    @property
    def calls(self) -> List[Dict[str, Any]]:
        return self.chat.completions.calls


class _FakeMessages:
    def __init__(self, replies: List[str]) -> None:
        self.replies = replies
        self.calls: List[Dict[str, Any]] = []

    def create(self, **kwargs: Any):
        self.calls.append(kwargs)
        text = self.replies.pop(0) if self.replies else ""
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=text)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=7),
        )


class FakeAnthropic:
    def __init__(self, *replies: str) -> None:
        self.messages = _FakeMessages(list(replies))


class FakeOllama:
    def __init__(self, content: str) -> None:
        self.content = content
        self.calls: List[Dict[str, Any]] = []

    def chat(self, **kwargs: Any) -> Dict[str, Any]:
        self.calls.append(kwargs)
        return {"message": {"role": "assistant", "content": self.content}}


class FakeCohere:
    def __init__(self, scores: List[float]) -> None:
        self.scores = scores

    def rerank(self, *, model: str, query: str, documents: List[str], top_n: int):
        order = sorted(range(len(self.scores)), key=lambda i: -self.scores[i])[:top_n]
        return SimpleNamespace(
            results=[SimpleNamespace(index=i, relevance_score=self.scores[i]) for i in order]
        )

"""Hand-written fakes for the SDK clients.  Cheaper and more readable than
deeply nested MagicMocks, and they fail loudly on unexpected arguments."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, Dict, List


def _completion(content: str, prompt_tokens: int = 10, completion_tokens: int = 5) -> SimpleNamespace:
    return SimpleNamespace(
        id="chatcmpl-fake",
        choices=[SimpleNamespace(message=SimpleNamespace(content=content), finish_reason="stop")],
        usage=SimpleNamespace(
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            total_tokens=prompt_tokens + completion_tokens,
            model_dump=lambda: {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens},
        ),
    )


@dataclass
class _FakeCompletions:
    replies: List[str]
    calls: List[Dict[str, Any]] = field(default_factory=list)

    def create(self, **kwargs: Any) -> SimpleNamespace:
        self.calls.append(kwargs)
        reply = self.replies.pop(0) if self.replies else "ok"
        return _completion(reply)


class FakeOpenAIClient:
    """Quacks like ``AzureOpenAI`` / ``OpenAI`` for ``chat.completions.create``."""

    def __init__(self, replies: List[str] | None = None) -> None:
        self.completions = _FakeCompletions(list(replies or []))
        self.chat = SimpleNamespace(completions=self.completions)

    @property
    def calls(self) -> List[Dict[str, Any]]:
        return self.completions.calls


class FakeCohereClient:
    def __init__(self, tags_reply: str = "invoice, payment terms", dims: int = 4) -> None:
        self.tags_reply = tags_reply
        self.dims = dims
        self.chat_calls: List[Dict[str, Any]] = []
        self.embed_calls: List[Dict[str, Any]] = []
        self.rerank_calls: List[Dict[str, Any]] = []

    def chat(self, **kwargs: Any) -> SimpleNamespace:
        self.chat_calls.append(kwargs)
        return SimpleNamespace(message=SimpleNamespace(content=[SimpleNamespace(text=self.tags_reply)]))

    def embed(self, **kwargs: Any) -> SimpleNamespace:
        self.embed_calls.append(kwargs)
        texts = kwargs.get("texts") or []
        return SimpleNamespace(embeddings=SimpleNamespace(float_=[[0.1] * self.dims for _ in texts]))

    def rerank(self, **kwargs: Any) -> SimpleNamespace:
        self.rerank_calls.append(kwargs)
        docs = kwargs["documents"]
        top_n = kwargs.get("top_n") or len(docs)
        results = [SimpleNamespace(index=i, relevance_score=1.0 - i * 0.1) for i in range(min(top_n, len(docs)))]
        return SimpleNamespace(results=results)

"""Fakes for offline runs (`-D offline=1`) and for the unit tests."""
from __future__ import annotations

import json
from types import SimpleNamespace


def _usage(prompt_tokens=10, completion_tokens=5):
    return SimpleNamespace(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens,
                           input_tokens=prompt_tokens, output_tokens=completion_tokens)


class _FakeCompletions:
    def __init__(self, replies):
        self.replies = list(replies)
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        content = self.replies.pop(0) if self.replies else "other"
        return SimpleNamespace(
            model=kwargs.get("model", "fake"),
            choices=[SimpleNamespace(message=SimpleNamespace(content=content))],
            usage=_usage(),
        )


class FakeOpenAI:
    """Quacks like openai.OpenAI / groq.Groq for chat.completions only."""

    def __init__(self, replies=()):
        self.chat = SimpleNamespace(completions=_FakeCompletions(replies))
        self.embeddings = SimpleNamespace(create=self._embed)

    def _embed(self, model, input):
        texts = input if isinstance(input, list) else [input]
        return SimpleNamespace(
            data=[SimpleNamespace(index=i, embedding=[float(len(t) % 7), 1.0]) for i, t in enumerate(texts)]
        )


class _FakeMessages:
    def __init__(self, text):
        self.text = text

    def create(self, **kwargs):
        return SimpleNamespace(
            model=kwargs["model"],
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=_usage(),
        )

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=42)


class FakeAnthropic:
    def __init__(self, text="Customer asked for a refund; agent confirmed 5-7 days."):
        self.messages = _FakeMessages(text)


class FakeCohere:
    def rerank(self, model, query, documents, top_n=3):
        order = sorted(range(len(documents)), key=lambda i: -len(set(query.split()) & set(documents[i].split())))
        return SimpleNamespace(
            results=[SimpleNamespace(index=i, relevance_score=1.0 / (rank + 1)) for rank, i in enumerate(order[:top_n])]
        )


class FakeBedrockRuntime:
    def converse(self, modelId, messages, **kwargs):
        return {
            "output": {"message": {"content": [{"text": "fake bedrock reply"}]}},
            "stopReason": "end_turn",
            "usage": {"inputTokens": 3, "outputTokens": 3},
        }

    def invoke_model(self, modelId, body, **kwargs):
        class _Body:
            def read(self_inner):
                return json.dumps({"content": [{"text": "fake"}], "embedding": [0.0, 1.0]}).encode()
        return {"body": _Body()}

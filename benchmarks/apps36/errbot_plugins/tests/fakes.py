"""Fake LLM clients shaped like the SDKs (only what the plugins touch)."""
from __future__ import annotations

from types import SimpleNamespace
from typing import List


class _Recorder:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: List[dict] = []


class FakeOpenAI(_Recorder):
    """Quacks like openai.OpenAI / groq.Groq for chat, moderation, responses."""

    def __init__(self, reply: str = "fake answer", flagged: bool = False) -> None:
        super().__init__(reply)
        self.flagged = flagged
        outer = self

        class _Completions:
            def create(self, **kwargs):
                outer.calls.append(kwargs)
                return SimpleNamespace(
                    choices=[SimpleNamespace(message=SimpleNamespace(content=outer.reply))],
                    usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
                )

        class _Moderations:
            def create(self, **kwargs):
                return SimpleNamespace(results=[SimpleNamespace(flagged=outer.flagged)])

        class _Responses:
            def create(self, **kwargs):
                outer.calls.append(kwargs)
                return SimpleNamespace(output_text=outer.reply)

        self.chat = SimpleNamespace(completions=_Completions())
        self.moderations = _Moderations()
        self.responses = _Responses()


class FakeAnthropic(_Recorder):
    def __init__(self, reply: str = "fake summary") -> None:
        super().__init__(reply)
        outer = self

        class _Messages:
            def create(self, **kwargs):
                outer.calls.append(kwargs)
                return SimpleNamespace(
                    content=[SimpleNamespace(type="text", text=outer.reply)],
                    usage=SimpleNamespace(input_tokens=10, output_tokens=5),
                )

            def count_tokens(self, **kwargs):
                return SimpleNamespace(input_tokens=123)

        self.messages = _Messages()


class FakeMistral(_Recorder):
    def __init__(self, reply: str = "fake explanation") -> None:
        super().__init__(reply)
        outer = self

        class _Chat:
            def complete(self, **kwargs):
                outer.calls.append(kwargs)
                return SimpleNamespace(
                    choices=[SimpleNamespace(message=SimpleNamespace(content=outer.reply))],
                    usage=SimpleNamespace(prompt_tokens=1, completion_tokens=1),
                )

        self.chat = _Chat()


class FakeCohere(_Recorder):
    def __init__(self, dim: int = 4) -> None:
        super().__init__("")
        self.dim = dim

    def embed(self, texts, model, input_type, embedding_types):
        self.calls.append({"texts": texts, "input_type": input_type})
        vecs = [[float(len(t) % 7 + 1)] + [1.0] * (self.dim - 1) for t in texts]
        return SimpleNamespace(embeddings=SimpleNamespace(float_=vecs))

    def rerank(self, model, query, documents, top_n):
        results = [SimpleNamespace(index=i, relevance_score=1.0 - i * 0.1) for i in range(min(top_n, len(documents)))]
        return SimpleNamespace(results=results)

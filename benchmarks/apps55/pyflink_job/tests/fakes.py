"""Fakes for the SDK clients. Shaped like the real response objects we read."""
from __future__ import annotations

from types import SimpleNamespace


class _FakeCompletions:
    def __init__(self, reply: str):
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.reply)
        usage = SimpleNamespace(prompt_tokens=10, completion_tokens=1)
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)], usage=usage, model=kwargs.get("model"))


class FakeOpenAI:
    def __init__(self, reply: str = "browse"):
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))
        self.embeddings = SimpleNamespace(create=self._embed)

    def _embed(self, model, input, **_):
        items = input if isinstance(input, list) else [input]
        return SimpleNamespace(data=[SimpleNamespace(index=i, embedding=[0.0] * 4) for i, _ in enumerate(items)])


class _FakeMessages:
    def __init__(self, reply: str, fail_with: Exception | None = None):
        self.reply = reply
        self.fail_with = fail_with
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        if self.fail_with is not None:
            raise self.fail_with
        block = SimpleNamespace(type="text", text=self.reply)
        return SimpleNamespace(content=[block], usage=SimpleNamespace(input_tokens=12, output_tokens=5))


class FakeAnthropic:
    def __init__(self, reply: str = "Customer wants a refund.", fail_with: Exception | None = None):
        self.messages = _FakeMessages(reply, fail_with)


class FakeBedrockRuntime:
    def __init__(self, reply: str = "summary from bedrock"):
        self.reply = reply
        self.requests: list[dict] = []

    def converse(self, **kwargs):
        self.requests.append(kwargs)
        return {
            "output": {"message": {"role": "assistant", "content": [{"text": self.reply}]}},
            "usage": {"inputTokens": 10, "outputTokens": 4, "totalTokens": 14},
            "stopReason": "end_turn",
        }


class FakeCohere:
    def __init__(self, reply: str = "NO"):
        self.reply = reply

    def chat(self, model, messages, **_):
        return SimpleNamespace(message=SimpleNamespace(content=[SimpleNamespace(text=self.reply)]))

    def embed(self, texts, **_):
        return SimpleNamespace(embeddings=SimpleNamespace(float_=[[0.1, 0.2] for _ in texts]))


class FakeClientCache:
    def __init__(self, **clients):
        self.clients = clients

    def __call__(self, provider: str):
        return self.clients[provider]

"""Hand-rolled fakes for the provider clients (cheaper than MagicMock chains)."""
from __future__ import annotations

from types import SimpleNamespace


def _chat_response(text: str, model: str = "fake-model"):
    return SimpleNamespace(
        model=model,
        choices=[SimpleNamespace(message=SimpleNamespace(content=text), delta=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=11, completion_tokens=7),
    )


class _Completions:
    def __init__(self, parent):
        self.parent = parent

    def create(self, **kwargs):
        self.parent.calls.append(kwargs)
        if kwargs.get("stream"):
            return iter([_chat_response(p) for p in self.parent.reply.split(" ")])
        return _chat_response(self.parent.reply, kwargs.get("model", "fake"))


class FakeOpenAI:
    def __init__(self, reply: str = "looks fine"):
        self.reply = reply
        self.calls: list[dict] = []
        self.chat = SimpleNamespace(completions=_Completions(self))
        self.embeddings = SimpleNamespace(create=self._embed)

    def _embed(self, model, input):
        self.calls.append({"model": model, "input": input})
        return SimpleNamespace(data=[SimpleNamespace(embedding=[float(len(t)), 1.0]) for t in input])


class _Messages:
    def __init__(self, parent):
        self.parent = parent

    def create(self, **kwargs):
        self.parent.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.parent.reply)],
            usage=SimpleNamespace(input_tokens=20, output_tokens=9),
        )

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=1234)


class FakeAnthropic:
    def __init__(self, reply: str = "- all good"):
        self.reply = reply
        self.calls: list[dict] = []
        self.messages = _Messages(self)


class FakeMistral:
    def __init__(self, reply: str = "latency_p95: tail latency"):
        self.reply = reply
        self.calls: list[dict] = []
        self.chat = SimpleNamespace(complete=self._complete)

    def _complete(self, **kwargs):
        self.calls.append(kwargs)
        return _chat_response(self.reply)


class FakeBedrockRuntime:
    def __init__(self, reply: str = "steady"):
        self.reply = reply
        self.requests: list[dict] = []

    def converse(self, **kwargs):
        self.requests.append(kwargs)
        return {
            "output": {"message": {"content": [{"text": self.reply}]}},
            "usage": {"inputTokens": 10, "outputTokens": 3},
        }


class FakeDoc:
    """Runs next-tick callbacks immediately; records periodic ones."""

    def __init__(self):
        self.periodic = []

    def add_next_tick_callback(self, cb):
        result = cb()
        if hasattr(result, "__await__"):
            import asyncio

            asyncio.get_event_loop().run_until_complete(result)
        return cb

    def add_periodic_callback(self, cb, period):
        self.periodic.append((cb, period))
        return cb

    def add_timeout_callback(self, cb, timeout):
        return cb

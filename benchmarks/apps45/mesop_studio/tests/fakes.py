"""Hand-rolled fakes for SDK clients (cheaper than MagicMock spaghetti)."""

from __future__ import annotations

from types import SimpleNamespace


class _FakeMessages:
    def __init__(self, replies):
        self.replies = list(replies)
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        text = self.replies.pop(0) if self.replies else "fake"
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=text)],
            model=kwargs.get("model", "fake"),
            usage=SimpleNamespace(input_tokens=10, output_tokens=5),
        )

    def stream(self, **kwargs):
        self.calls.append(kwargs)
        parts = ["Hello", ", ", "world"]

        class _Ctx:
            text_stream = iter(parts)

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                return False

        return _Ctx()


class FakeAnthropic:
    def __init__(self, replies=()):
        self.messages = _FakeMessages(replies)


class _FakeCompletions:
    def __init__(self, text):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.text)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=msg)],
            model=kwargs["model"],
            usage=SimpleNamespace(prompt_tokens=3, completion_tokens=2),
        )


class FakeOpenAI:
    def __init__(self, text="ok"):
        self.chat = SimpleNamespace(completions=_FakeCompletions(text))

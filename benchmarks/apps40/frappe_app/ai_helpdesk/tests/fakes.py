"""Fake provider clients for tests. They mimic the SDK attribute paths."""

from types import SimpleNamespace


class _FakeCompletions:
    def __init__(self, parent):
        self.parent = parent

    def create(self, **kwargs):
        self.parent.calls.append(kwargs)
        content = self.parent.replies.pop(0) if self.parent.replies else "ok"
        return SimpleNamespace(
            model=kwargs.get("model", "fake"),
            choices=[
                SimpleNamespace(
                    message=SimpleNamespace(content=content, tool_calls=None), finish_reason="stop"
                )
            ],
            usage=SimpleNamespace(prompt_tokens=11, completion_tokens=7),
        )


class FakeOpenAI:
    """Stands in for openai.OpenAI / groq.Groq."""

    def __init__(self, replies=None):
        self.calls = []
        self.replies = list(replies or [])
        self.chat = SimpleNamespace(completions=_FakeCompletions(self))
        self.moderations = SimpleNamespace(create=self._moderate)

    def _moderate(self, model, input):
        items = input if isinstance(input, list) else [input]
        return SimpleNamespace(results=[SimpleNamespace(flagged="kill" in t) for t in items])


class _FakeMessages:
    def __init__(self, parent):
        self.parent = parent

    def create(self, **kwargs):
        self.parent.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs["model"],
            content=[SimpleNamespace(type="text", text=self.parent.reply)],
            usage=SimpleNamespace(input_tokens=20, output_tokens=10),
        )


class FakeAnthropic:
    def __init__(self, reply="Dear customer, ..."):
        self.reply = reply
        self.calls = []
        self.messages = _FakeMessages(self)


class FakeMistral:
    def __init__(self, flagged=False):
        cats = {"pii": flagged}
        self.classifiers = SimpleNamespace(
            moderate=lambda model, inputs: SimpleNamespace(results=[SimpleNamespace(categories=cats)])
        )

"""Fake SDK clients for unit tests (no network)."""

from types import SimpleNamespace


def _usage(prompt=10, completion=5):
    return SimpleNamespace(prompt_tokens=prompt, completion_tokens=completion, total_tokens=prompt + completion)


class _FakeCompletions:
    def __init__(self, replies):
        self.replies = list(replies)
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        content = self.replies.pop(0) if self.replies else ""
        return SimpleNamespace(
            model=kwargs.get("model", "fake"),
            choices=[SimpleNamespace(message=SimpleNamespace(content=content))],
            usage=_usage(),
        )


class FakeOpenAI:
    def __init__(self, replies=()):
        self.chat = SimpleNamespace(completions=_FakeCompletions(replies))
        self.embeddings = SimpleNamespace(
            create=lambda model, input: SimpleNamespace(data=[SimpleNamespace(embedding=[0.0, 1.0]) for _ in input])
        )


class _FakeMessages:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs["model"],
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=34),
        )


class FakeAnthropic:
    def __init__(self, reply="1. pre-checks\n2. change\n3. rollback"):
        self.messages = _FakeMessages(reply)


class _FakeMistralChat:
    def __init__(self, content):
        self.content = content
        self.calls = []

    def complete(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs["model"],
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.content))],
            usage=_usage(),
        )


class FakeMistral:
    def __init__(self, content):
        self.chat = _FakeMistralChat(content)


class FakeDevice(SimpleNamespace):
    def __init__(self, name="leaf01", **kwargs):
        super().__init__(
            name=name,
            platform=SimpleNamespace(name="cisco_ios"),
            role=SimpleNamespace(name="access"),
            location=SimpleNamespace(name="DC1"),
            primary_ip=None,
            **kwargs,
        )

    def __str__(self):
        return self.name

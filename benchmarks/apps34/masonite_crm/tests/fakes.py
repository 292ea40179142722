"""Hand-rolled fakes for the vendor clients (cheaper than VCR cassettes)."""
from types import SimpleNamespace


class _FakeCompletions:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        message = SimpleNamespace(content=self.reply)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=message)],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )


class FakeOpenAI:
    def __init__(self, reply="Subject: Hi\nHello there"):
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))


class _FakeMessages:
    def __init__(self, reply, tokens):
        self.reply = reply
        self.tokens = tokens
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=7),
        )

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=self.tokens)


class FakeAnthropic:
    def __init__(self, reply="- hot lead\nNext: call", tokens=100):
        self.messages = _FakeMessages(reply, tokens)


class FakeMistral:
    def __init__(self, content='{"summary": "ok", "objections": []}'):
        self.content = content
        self.chat = SimpleNamespace(complete=self._complete)

    def _complete(self, **kwargs):
        message = SimpleNamespace(content=self.content)
        return SimpleNamespace(choices=[SimpleNamespace(message=message)])

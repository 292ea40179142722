"""Fake SDK clients: just enough surface for the code under test."""

from types import SimpleNamespace


def _choice(text):
    return SimpleNamespace(message=SimpleNamespace(content=text))


class _FakeCompletions:
    def __init__(self, owner):
        self.owner = owner

    def create(self, **kwargs):
        self.owner.calls.append(("chat.completions.create", kwargs))
        return SimpleNamespace(
            choices=[_choice(self.owner.reply)],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )


class FakeOpenAI:
    def __init__(self, reply="ok"):
        self.reply = reply
        self.calls = []
        self.chat = SimpleNamespace(completions=_FakeCompletions(self))
        self.responses = SimpleNamespace(create=self._responses_create)

    def _responses_create(self, **kwargs):
        self.calls.append(("responses.create", kwargs))
        return SimpleNamespace(output_text=self.reply)


class FakeAnthropic:
    def __init__(self, reply="ok"):
        self.reply = reply
        self.calls = []
        self.messages = SimpleNamespace(create=self._create)

    def _create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(content=[SimpleNamespace(type="text", text=self.reply)],
                               usage=SimpleNamespace(input_tokens=3, output_tokens=4))


class FakeGenai:
    def __init__(self, reply="ok"):
        self.reply = reply
        self.calls = []
        self.models = SimpleNamespace(generate_content=self._generate)

    def _generate(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(text=self.reply)


class FakeHF:
    def __init__(self, reply="ok"):
        self.reply = reply
        self.calls = []

    def chat_completion(self, messages, **kwargs):
        self.calls.append((messages, kwargs))
        return SimpleNamespace(choices=[_choice(self.reply)])

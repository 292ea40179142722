"""Hand-rolled fakes for the provider SDKs (no network in tests)."""
from types import SimpleNamespace


def _choice_message(text):
    return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=text), text=text)],
                           usage=SimpleNamespace(prompt_tokens=3, completion_tokens=5))


class _Recorder:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []


class FakeCompletions(_Recorder):
    def create(self, **kwargs):
        self.calls.append(kwargs)
        return _choice_message(self.reply)


class FakeOpenAI:
    def __init__(self, reply="ok"):
        self.chat = SimpleNamespace(completions=FakeCompletions(reply))
        self.completions = FakeCompletions(reply)


class FakeFim(_Recorder):
    def complete(self, **kwargs):
        self.calls.append(kwargs)
        return _choice_message(self.reply)


class FakeMistral:
    def __init__(self, reply="pass"):
        self.fim = FakeFim(reply)


class FakeMessages(_Recorder):
    def create(self, **kwargs):
        self.calls.append(kwargs)
        block = SimpleNamespace(type="text", text=self.reply)
        return SimpleNamespace(content=[block], usage=SimpleNamespace(input_tokens=4, output_tokens=6))


class FakeAnthropic:
    def __init__(self, reply="explained"):
        self.messages = FakeMessages(reply)

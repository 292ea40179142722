"""Fake SDK clients so the tests never hit the network."""
from types import SimpleNamespace


def _usage(i=10, o=5):
    return SimpleNamespace(prompt_tokens=i, completion_tokens=o, input_tokens=i, output_tokens=o)


class FakeChatCompletions:
    def __init__(self, text="ok"):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        if kwargs.get("stream"):
            return iter([
                SimpleNamespace(choices=[SimpleNamespace(delta=SimpleNamespace(content=self.text))])
            ])
        msg = SimpleNamespace(content=self.text, parsed=None)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=msg)], model=kwargs["model"], usage=_usage()
        )


class FakeOpenAI:
    def __init__(self, text="ok"):
        self.chat = SimpleNamespace(completions=FakeChatCompletions(text))


class FakeMessages:
    def __init__(self, text="ok"):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.text)],
            model=kwargs["model"],
            usage=_usage(),
        )

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=42)


class FakeAnthropic:
    def __init__(self, text="ok"):
        self.messages = FakeMessages(text)

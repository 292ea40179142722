"""Hand-rolled fakes for the provider SDKs. Only the bits we use."""
from types import SimpleNamespace


def _choice(text):
    return SimpleNamespace(message=SimpleNamespace(content=text))


class FakeCompletions:
    def __init__(self, reply="fake reply"):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            choices=[_choice(self.reply)],
            model=kwargs.get("model"),
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )


class FakeOpenAI:
    def __init__(self, reply="fake reply"):
        self.chat = SimpleNamespace(completions=FakeCompletions(reply))
        self.responses = SimpleNamespace(create=lambda **kw: SimpleNamespace(output_text=reply))


class FakeMistralChat:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    def complete(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(choices=[_choice(self.reply)])

    async def complete_async(self, **kwargs):
        return self.complete(**kwargs)


class FakeMistral:
    def __init__(self, reply="billing"):
        self.chat = FakeMistralChat(reply)


class FakeAnthropicMessages:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=7),
        )

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=100)


class FakeAnthropic:
    def __init__(self, reply="Hi there"):
        self.messages = FakeAnthropicMessages(reply)

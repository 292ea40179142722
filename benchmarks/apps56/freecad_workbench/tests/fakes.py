"""Hand-written fakes of the SDK clients (no network in CI)."""
from types import SimpleNamespace


def _chat_response(text, prompt_tokens=10, completion_tokens=5):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens,
                              total_tokens=prompt_tokens + completion_tokens),
    )


class FakeCompletions:
    def __init__(self, replies):
        self.replies = list(replies)
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return _chat_response(self.replies.pop(0) if self.replies else "")


class FakeOpenAI:
    def __init__(self, *replies):
        self.chat = SimpleNamespace(completions=FakeCompletions(replies))


class FakeMessages:
    def __init__(self, replies):
        self.replies = list(replies)
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        text = self.replies.pop(0) if self.replies else ""
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=text)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=7),
        )


class FakeAnthropic:
    def __init__(self, *replies):
        self.messages = FakeMessages(replies)


class FakeOllama:
    def __init__(self, reply="ok"):
        self.reply = reply
        self.calls = []

    def chat(self, model, messages, **kwargs):
        self.calls.append({"model": model, "messages": messages, **kwargs})
        return {"message": {"content": self.reply}}

"""Fake SDK clients returning canned responses; no network."""
from types import SimpleNamespace


def _chat_response(text, prompt_tokens=10, completion_tokens=5):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens),
    )


class FakeCompletions:
    def __init__(self, replies):
        self.replies = list(replies)
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return _chat_response(self.replies.pop(0) if self.replies else "ok")


class FakeOpenAI:
    def __init__(self, replies=()):
        self.chat = SimpleNamespace(completions=FakeCompletions(replies))


class FakeMessages:
    def __init__(self, text="fake claude"):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=SimpleNamespace(input_tokens=3, output_tokens=4),
        )


class FakeAnthropic:
    def __init__(self, text="fake claude"):
        self.messages = FakeMessages(text)


class FakeCellRange:
    def __init__(self, rows):
        self.rows = [tuple(r) for r in rows]

    def getDataArray(self):
        return tuple(self.rows)

    def setDataArray(self, data):
        self.rows = list(data)

"""Hand-rolled fakes for the SDK clients (cheaper than moto/vcr for unit tests)."""
from types import SimpleNamespace


class FakeBedrockRuntime:
    def __init__(self, reply="fake reply"):
        self.reply = reply
        self.calls = []

    def converse(self, **kwargs):
        self.calls.append(("converse", kwargs))
        return {
            "output": {"message": {"role": "assistant", "content": [{"text": self.reply}]}},
            "usage": {"inputTokens": 11, "outputTokens": 7, "totalTokens": 18},
            "stopReason": "end_turn",
        }

    def converse_stream(self, **kwargs):
        self.calls.append(("converse_stream", kwargs))
        return {"stream": [{"contentBlockDelta": {"delta": {"text": w + " "}}} for w in self.reply.split()]}


class _FakeCompletions:
    def __init__(self, parent):
        self._parent = parent

    def create(self, **kwargs):
        self._parent.calls.append(kwargs)
        message = SimpleNamespace(content=self._parent.reply)
        return SimpleNamespace(
            model=kwargs["model"],
            choices=[SimpleNamespace(message=message, finish_reason="stop")],
            usage=SimpleNamespace(prompt_tokens=5, completion_tokens=3),
        )


class FakeOpenAI:
    def __init__(self, reply="hi"):
        self.reply = reply
        self.calls = []
        self.chat = SimpleNamespace(completions=_FakeCompletions(self))


class FakeAnthropic:
    def __init__(self, reply="- point one\n- point two"):
        self.reply = reply
        self.calls = []
        self.messages = SimpleNamespace(create=self._create)

    def _create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=100, output_tokens=20),
            model=kwargs["model"],
            stop_reason="end_turn",
        )

"""Hand-rolled fakes for the provider SDKs (shape-compatible with what we use)."""
from types import SimpleNamespace


class _FakeCompletions:
    def __init__(self, reply: str = "ok"):
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        if kwargs.get("stream"):
            return iter(
                [
                    SimpleNamespace(
                        usage=None,
                        choices=[SimpleNamespace(delta=SimpleNamespace(content=part))],
                    )
                    for part in self.reply.split(" ")
                ]
                + [SimpleNamespace(usage=SimpleNamespace(model_dump=lambda: {"total_tokens": 3}), choices=[])]
            )
        message = SimpleNamespace(content=self.reply)
        usage = SimpleNamespace(prompt_tokens=5, completion_tokens=2, model_dump=lambda: {"total_tokens": 7})
        return SimpleNamespace(choices=[SimpleNamespace(message=message)], usage=usage, model=kwargs.get("model"))


class FakeOpenAI:
    def __init__(self, reply: str = "ok"):
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))


class _FakeMessages:
    def __init__(self, reply: str):
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            stop_reason="end_turn",
            usage=SimpleNamespace(input_tokens=5, output_tokens=2),
        )


class FakeAnthropic:
    def __init__(self, reply: str = "ok"):
        self.messages = _FakeMessages(reply)


class FakeKV:
    enabled = True

    def __init__(self):
        self.data: dict[str, int] = {}

    def incr(self, key: str, ttl: int) -> int:
        self.data[key] = self.data.get(key, 0) + 1
        return self.data[key]

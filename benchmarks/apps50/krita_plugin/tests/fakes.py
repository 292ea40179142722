"""Hand-written fakes for the SDK clients (shape-compatible with what we use)."""
import base64
from types import SimpleNamespace as NS

PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


class _Completions:
    def __init__(self, owner):
        self.owner = owner

    def create(self, **kwargs):
        self.owner.calls.append(("chat", kwargs))
        return NS(
            model=kwargs["model"],
            choices=[NS(message=NS(content=self.owner.reply), delta=NS(content=self.owner.reply))],
            usage=NS(prompt_tokens=11, completion_tokens=7, total_tokens=18),
        )


class _Images:
    def __init__(self, owner):
        self.owner = owner

    def generate(self, **kwargs):
        self.owner.calls.append(("images", kwargs))
        return NS(data=[NS(b64_json=base64.b64encode(PNG_1PX).decode())])


class _Moderations:
    def __init__(self, owner):
        self.owner = owner

    def create(self, **kwargs):
        self.owner.calls.append(("moderation", kwargs))
        return NS(results=[NS(flagged=self.owner.flag)])


class FakeOpenAI:
    def __init__(self, reply="a prompt", flag=False):
        self.reply = reply
        self.flag = flag
        self.calls = []
        self.chat = NS(completions=_Completions(self))
        self.images = _Images(self)
        self.moderations = _Moderations(self)


class _Messages:
    def __init__(self, owner):
        self.owner = owner

    def create(self, **kwargs):
        self.owner.calls.append(kwargs)
        return NS(
            model=kwargs["model"],
            content=[NS(type="text", text=self.owner.reply)],
            usage=NS(input_tokens=20, output_tokens=5),
        )


class FakeAnthropic:
    def __init__(self, reply="a critique"):
        self.reply = reply
        self.calls = []
        self.messages = _Messages(self)

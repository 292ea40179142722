"""Hand-written fakes for provider clients (no network)."""
from types import SimpleNamespace


class _FakeCompletions:
    def __init__(self, reply="fake reply"):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        if kwargs.get("stream"):
            return iter([
                SimpleNamespace(choices=[SimpleNamespace(delta=SimpleNamespace(content=w))])
                for w in self.reply.split(" ")
            ])
        return SimpleNamespace(
            model=kwargs["model"],
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.reply))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5, total_tokens=15),
        )


class FakeOpenAI:
    def __init__(self, reply="fake reply"):
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))


class _FakeMessages:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs["model"],
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=7),
        )


class FakeAnthropic:
    def __init__(self, reply="fake claude"):
        self.messages = _FakeMessages(reply)


class FakeOllama:
    def __init__(self, reply="fake llama"):
        self.reply = reply

    def chat(self, model, messages, stream=False, **kwargs):
        msg = {"message": {"content": self.reply}, "prompt_eval_count": 3, "eval_count": 2}
        return iter([msg]) if stream else msg

    def generate(self, model, prompt, **kwargs):
        return {"response": self.reply}

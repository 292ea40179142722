"""Fakes for the SDK clients and opsdroid bits used by the skills."""
import types


class FakeMemory:
    def __init__(self):
        self.data = {}

    async def get(self, key):
        return self.data.get(key)

    async def put(self, key, value):
        self.data[key] = value


class FakeOpsdroid:
    def __init__(self):
        self.memory = FakeMemory()
        self.sent = []
        self.default_connector = types.SimpleNamespace(send=self._send)

    async def _send(self, event):
        self.sent.append(event)

    async def send(self, event):
        self.sent.append(event)


class FakeMessage:
    def __init__(self, text, entities=None, user="alice", target="#ops"):
        self.text = text
        self.user = user
        self.target = target
        self.entities = {k: {"value": v} for k, v in (entities or {}).items()}
        self.responses = []

    async def respond(self, text):
        self.responses.append(text)


def _completion(text):
    message = types.SimpleNamespace(content=text, parsed=None, refusal=None)
    usage = types.SimpleNamespace(prompt_tokens=11, completion_tokens=7)
    return types.SimpleNamespace(choices=[types.SimpleNamespace(message=message)], usage=usage)


class _FakeCompletions:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return _completion(self.reply)

    async def parse(self, **kwargs):
        self.calls.append(kwargs)
        resp = _completion(self.reply)
        resp.choices[0].message.parsed = kwargs["response_format"](
            label="incident", priority="P2", reason="fake"
        )
        return resp


class FakeOpenAI:
    def __init__(self, reply="ok"):
        self.chat = types.SimpleNamespace(completions=_FakeCompletions(reply))
        self.moderations = types.SimpleNamespace(create=self._moderate)
        self.embeddings = types.SimpleNamespace(create=self._embed)
        self.flagged = False

    async def _moderate(self, **kwargs):
        return types.SimpleNamespace(results=[types.SimpleNamespace(flagged=self.flagged)])

    async def _embed(self, model, input):
        return types.SimpleNamespace(
            data=[types.SimpleNamespace(embedding=[float(len(t)), 1.0]) for t in input]
        )


class _FakeMessages:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        block = types.SimpleNamespace(type="text", text=self.reply)
        usage = types.SimpleNamespace(input_tokens=20, output_tokens=10)
        return types.SimpleNamespace(content=[block], usage=usage)


class FakeAnthropic:
    def __init__(self, reply="summary"):
        self.messages = _FakeMessages(reply)

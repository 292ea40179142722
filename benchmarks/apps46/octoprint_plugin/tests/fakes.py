# coding=utf-8
"""Hand-rolled fakes for the SDK clients. We avoid mocking library internals
so the tests keep working across SDK upgrades."""
from types import SimpleNamespace as NS


class _FakeCompletions(object):
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        if kwargs.get("stream"):
            return iter([NS(choices=[NS(delta=NS(content=part))]) for part in self.reply.split(" ")])
        return NS(
            choices=[NS(message=NS(content=self.reply))],
            usage=NS(prompt_tokens=10, completion_tokens=5),
        )


class FakeOpenAI(object):
    def __init__(self, reply="ok"):
        self.chat = NS(completions=_FakeCompletions(reply))
        self.responses = NS(create=lambda **kw: NS(output_text=reply,
                                                   usage=NS(input_tokens=3, output_tokens=1)))


class _FakeMessages(object):
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return NS(content=[NS(type="text", text=self.reply)], usage=NS(input_tokens=12, output_tokens=7))


class FakeAnthropic(object):
    def __init__(self, reply="ok"):
        self.messages = _FakeMessages(reply)


class FakeOllama(object):
    def __init__(self, reply="ok"):
        self.reply = reply
        self.calls = []

    def chat(self, model, messages, stream=False, options=None):
        self.calls.append(("chat", model, messages))
        return {"message": {"content": self.reply}, "prompt_eval_count": 4, "eval_count": 2}

    def generate(self, model, prompt, images=None, format=None):
        self.calls.append(("generate", model, prompt))
        return {"response": self.reply}


class FakePrinter(object):
    def __init__(self, printing=True):
        self.printing = printing
        self.paused = False

    def is_printing(self):
        return self.printing

    def pause_print(self, tags=None):
        self.paused = True

    def get_current_job(self):
        return {"file": {"name": "benchy.gcode"}}

    def get_current_data(self):
        return {"progress": {"completion": 42.0}, "state": {"text": "Printing"}}

    def get_current_temperatures(self):
        return {"tool0": {"actual": 214.8, "target": 215}, "bed": {"actual": 60.1, "target": 60}}

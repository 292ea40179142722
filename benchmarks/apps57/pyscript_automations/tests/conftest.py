"""Fakes for the pyscript globals so modules and (some) scripts can be imported by pytest."""
import builtins
import pathlib
import sys
import types

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pyscript" / "modules"))


class FakeState:
    def __init__(self):
        self.values = {}
        self.attrs = {}
        self.set_calls = []

    def get(self, entity_id):
        if entity_id not in self.values:
            raise NameError(entity_id)
        return self.values[entity_id]

    def getattr(self, entity_id):
        return self.attrs.get(entity_id, {})

    def set(self, entity_id, value, **attrs):
        self.set_calls.append((entity_id, value, attrs))
        self.values[entity_id] = value

    def names(self, domain=None):
        return [e for e in self.values if domain is None or e.startswith(domain + ".")]


class FakeService:
    def __init__(self):
        self.calls = []

    def call(self, domain, name, **data):
        self.calls.append((domain, name, data))


class FakeTask:
    def executor(self, fn, *args, **kwargs):
        return fn(*args, **kwargs)

    def unique(self, name, kill_me=False):
        return None


def _passthrough_decorator(*dargs, **dkwargs):
    if len(dargs) == 1 and callable(dargs[0]) and not dkwargs:
        return dargs[0]
    return lambda fn: fn


@pytest.fixture
def pyscript_globals(monkeypatch):
    fakes = types.SimpleNamespace(
        state=FakeState(),
        service=FakeService(),
        task=FakeTask(),
        log=types.SimpleNamespace(info=print, debug=print, warning=print, error=print),
        pyscript=types.SimpleNamespace(config={"global": {}, "apps": {}}, app_config={}),
    )
    for name in ("state", "service", "task", "log", "pyscript"):
        monkeypatch.setattr(builtins, name, getattr(fakes, name), raising=False)
    for name in ("service_decorator", "state_trigger", "time_trigger", "event_trigger", "time_active",
                 "pyscript_compile", "pyscript_executor"):
        monkeypatch.setattr(builtins, name, _passthrough_decorator, raising=False)
    return fakes


class FakeCompletions:
    def __init__(self, text="ok"):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        message = types.SimpleNamespace(content=self.text, parsed=None)
        usage = types.SimpleNamespace(prompt_tokens=10, completion_tokens=5)
        return types.SimpleNamespace(choices=[types.SimpleNamespace(message=message)], usage=usage)


class FakeOpenAI:
    def __init__(self, text="ok"):
        self.chat = types.SimpleNamespace(completions=FakeCompletions(text))
        self.embeddings = types.SimpleNamespace(create=self._embed)
        self.embed_calls = []

    def _embed(self, model, input):
        self.embed_calls.append(input)
        vecs = [[float(len(t)), float(t.count("key")), 1.0] for t in input]
        return types.SimpleNamespace(data=[types.SimpleNamespace(embedding=v) for v in vecs])


@pytest.fixture
def fake_openai():
    return FakeOpenAI()

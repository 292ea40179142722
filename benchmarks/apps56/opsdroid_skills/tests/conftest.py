import sys
import types

import pytest

from .fakes import FakeAnthropic, FakeOpenAI, FakeOpsdroid


def _stub_opsdroid():
    """Let the skills import without opsdroid installed in CI."""
    if "opsdroid" in sys.modules:
        return
    opsdroid = types.ModuleType("opsdroid")
    skill = types.ModuleType("opsdroid.skill")
    matchers = types.ModuleType("opsdroid.matchers")
    events = types.ModuleType("opsdroid.events")

    class Skill:
        def __init__(self, opsdroid, config):
            self.opsdroid = opsdroid
            self.config = config

    def _passthrough(*args, **kwargs):
        return lambda fn: fn

    skill.Skill = Skill
    for name in ("match_regex", "match_crontab", "match_event", "match_webhook", "match_always"):
        setattr(matchers, name, _passthrough)
    events.Message = type("Message", (), {"__init__": lambda self, **kw: self.__dict__.update(kw)})
    events.Reaction = type("Reaction", (), {})
    sys.modules.update(
        {"opsdroid": opsdroid, "opsdroid.skill": skill, "opsdroid.matchers": matchers, "opsdroid.events": events}
    )


_stub_opsdroid()


@pytest.fixture
def opsdroid():
    return FakeOpsdroid()


@pytest.fixture
def fake_openai():
    return FakeOpenAI(reply="fake answer")


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic(reply="fake digest")


@pytest.fixture(autouse=True)
def _keys(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test")
    monkeypatch.setenv("PERPLEXITY_API_KEY", "pplx-test")

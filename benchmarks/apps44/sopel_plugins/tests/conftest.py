import pytest

from tests.fakes import FakeAnthropic, FakeMistral, FakeOpenAI

TMPCONFIG = """
[core]
owner = testnick
nick = TestBot
enable = coretasks, ask, claude, summarize, moderate, backlog

[llm]
openai_model = gpt-4o-mini
anthropic_model = claude-3-5-sonnet-20241022
history_db = {db}

[moderation]
channels = #chan
engine = openai
action = warn
"""


@pytest.fixture
def fake_clients():
    return {"openai": FakeOpenAI(), "anthropic": FakeAnthropic(), "mistral": FakeMistral()}


@pytest.fixture
def tmpconfig(configfactory, tmp_path):
    return configfactory("test.cfg", TMPCONFIG.format(db=tmp_path / "h.db"))


@pytest.fixture
def mockbot(tmpconfig, botfactory, fake_clients):
    bot = botfactory.preloaded(tmpconfig, preloads=["backlog", "ask", "claude", "summarize", "moderate"])
    bot.memory["llm_clients"] = fake_clients
    return bot

import pytest

from enrichment.llm import register_builder, reset_clients
from fakes import FakeAnthropic, FakeBedrock, FakeOpenAI


@pytest.fixture
def fake_clients(monkeypatch, tmp_path):
    monkeypatch.setenv("LUIGI_CONFIG_PATH", str(tmp_path / "luigi.cfg"))
    fakes = {"openai": FakeOpenAI(), "anthropic": FakeAnthropic(), "bedrock": FakeBedrock()}
    for name, fake in fakes.items():
        register_builder(name, lambda cfg, _f=fake: _f)
    reset_clients()
    yield fakes
    reset_clients()

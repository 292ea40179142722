import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import state  # noqa: E402
from tests.fakes import FakeAnthropic, FakeBedrockRuntime, FakeMistral, FakeOpenAI  # noqa: E402


@pytest.fixture
def fake_clients(monkeypatch):
    clients = state.SharedClients(
        openai=FakeOpenAI(),
        anthropic=FakeAnthropic(),
        mistral=FakeMistral(),
        fireworks=FakeOpenAI(reply="llama says hi"),
        bedrock=FakeBedrockRuntime(),
    )
    monkeypatch.setattr(state, "CLIENTS", clients)
    return clients


@pytest.fixture
def frame():
    from data.sources import synthetic

    return synthetic("checkout", "latency_p95", hours=2)

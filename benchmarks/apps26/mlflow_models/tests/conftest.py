import pytest

from docai_models.services.llm_usage_tracker import llm_tracker
from tests.fakes import FakeAnthropic, FakeMistral, FakeOpenAI, FakeRegistry


@pytest.fixture(autouse=True)
def _drain_tracker():
    llm_tracker.drain()
    yield
    llm_tracker.drain()


@pytest.fixture
def fake_openai():
    return FakeOpenAI({
        "line_of_business": "auto",
        "severity": "low",
        "fraud_indicators": [],
        "needs_adjuster": False,
    })


@pytest.fixture
def fake_registry(fake_openai):
    return FakeRegistry({
        "azure_openai": fake_openai,
        "anthropic": FakeAnthropic(tool_input={"form_number": "ACORD 2", "policy_number": "PA-123"}),
        "mistral": FakeMistral(),
    })

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("OPENAI_API_KEY", "test")
os.environ.setdefault("ANTHROPIC_API_KEY", "test")
os.environ.setdefault("GROQ_API_KEY", "test")
os.environ.setdefault("COPILOT_ENABLE_MODERATION", "false")

from tests.fakes import FakeAsyncAnthropic, FakeAsyncOpenAI, FakeBedrockRuntime, FakePolicyAdmin  # noqa: E402

SAMPLE_POLICY = {
    "number": "HO-1002003",
    "line": "homeowners",
    "form": "HO-3",
    "insured": {"name": "Jane Doe"},
    "effective": "2025-01-01",
    "expiration": "2026-01-01",
    "status": "in force",
    "premium": 1432.5,
    "coverages": [{"name": "Dwelling", "limit": 350000, "deductible": 1000}],
    "open_claims": [{"id": "CLM-77"}],
}


@pytest.fixture
def fake_openai():
    return FakeAsyncOpenAI()


@pytest.fixture
def fake_anthropic():
    return FakeAsyncAnthropic("- Loss date: 2025-03-02\n- Status: open")


@pytest.fixture
def fake_bedrock():
    return FakeBedrockRuntime()


@pytest.fixture
def policy_admin():
    return FakePolicyAdmin(
        policies={SAMPLE_POLICY["number"]: SAMPLE_POLICY},
        claims={"CLM-77": {"id": "CLM-77", "status": "open", "ssn": "123-45-6789", "reserves": [{"amount": 5000}]}},
    )

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("OPENAI_API_KEY", "sk-test")
os.environ.setdefault("ANTHROPIC_API_KEY", "sk-ant-test")

from tests.fakes import FakeAnthropic, FakeBedrockRuntime, FakeOpenAI  # noqa: E402


@pytest.fixture
def fake_openai(monkeypatch):
    fake = FakeOpenAI("- point one\n- point two")
    monkeypatch.setattr("algos.summarize.get_openai_client", lambda: fake)
    return fake


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic(tool_input={"label": "billing", "confidence": 0.9})


@pytest.fixture
def fake_bedrock():
    return FakeBedrockRuntime("bug")

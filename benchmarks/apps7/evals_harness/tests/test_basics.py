from pathlib import Path

import pytest

from evalkit.config import load_run_config
from evalkit.errors import ConfigError
from evalkit.graders.deterministic import ExactMatch, RougeL
from evalkit.models.base import ModelSpec
from evalkit.runner.limits import completion, is_retryable
from evalkit.schemas import ModelOutput, TestCase


def test_spec_parse():
    spec = ModelSpec.parse("together:meta-llama/Llama-3.3-70B-Instruct-Turbo")
    assert spec.provider == "together"
    assert spec.model == "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    assert ModelSpec.parse("litellm:bedrock/anthropic.claude-3-haiku-20240307-v1:0").model.endswith("v1:0")


def test_spec_parse_rejects_garbage():
    with pytest.raises(ConfigError):
        ModelSpec.parse("gpt-4o")


def test_exact_match_normalizes():
    case = TestCase(id="1", prompt="q", reference="Paris.")
    out = ModelOutput(text="paris", model="m", provider="p")
    assert ExactMatch().grade(case, out).passed


def test_rouge_partial():
    case = TestCase(id="1", prompt="q", reference="reset your password from the login page")
    out = ModelOutput(text="you can reset the password on the login page", model="m", provider="p")
    assert 0.3 < RougeL().grade(case, out).score < 1.0


def test_completion_fraction():
    assert completion(5, 10) == 0.5
    assert completion(0, 0) == 1.0


def test_retryable():
    class RateLimitError(Exception):
        pass

    assert is_retryable(RateLimitError())
    assert not is_retryable(ValueError())


def test_example_config_loads():
    cfg = load_run_config(Path(__file__).parent.parent / "configs" / "example.yaml")
    assert cfg.concurrency == 16
    assert cfg.graders[1].judge == "openai:gpt-4o-2024-08-06"

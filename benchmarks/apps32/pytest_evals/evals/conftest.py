"""Shared fixtures for the eval suite."""
from __future__ import annotations

import os
from typing import Callable

import litellm
import pytest
from openai import OpenAI

from evalkit import (
    make_anthropic_client,
    make_bedrock_runtime,
    make_cerebras_client,
    make_cohere_client,
    make_fireworks_client,
    make_genai_client,
)
from evalkit.providers import DEFAULT_MODELS, PROVIDER_FACTORIES, make_async_openai_client
from evals.plugin import CLIENTS_KEY, get_client
from evals.datasets.loader import load_dataset

PARAM_PROVIDERS = ["openai", "anthropic", "google", "cohere", "fireworks", "cerebras", "bedrock"]


@pytest.fixture(scope="session")
def openai_client(pytestconfig) -> OpenAI:
    return get_client(pytestconfig, "openai")


@pytest.fixture(scope="session")
def async_openai_client():
    return make_async_openai_client()


@pytest.fixture(scope="session")
def anthropic_client(pytestconfig):
    clients = pytestconfig.stash.get(CLIENTS_KEY, {})
    return clients.get("anthropic") or make_anthropic_client()


@pytest.fixture(scope="session")
def genai_client():
    if not os.environ.get("GEMINI_API_KEY") and not os.environ.get("GOOGLE_CLOUD_PROJECT"):
        pytest.skip("no google credentials")
    return make_genai_client(vertex=bool(os.environ.get("GOOGLE_CLOUD_PROJECT")))


@pytest.fixture(scope="session")
def cohere_client():
    return make_cohere_client()


@pytest.fixture(scope="session")
def fireworks_client():
    return make_fireworks_client()


@pytest.fixture(scope="session")
def cerebras_client():
    return make_cerebras_client()


@pytest.fixture(scope="session")
def bedrock_runtime():
    return make_bedrock_runtime()


@pytest.fixture(scope="session")
def client_factory() -> Callable[[str], object]:
    """Returns a factory so a test can build a fresh client with other settings."""
    cache: dict[str, object] = {}

    def _make(provider: str):
        if provider not in cache:
            cache[provider] = PROVIDER_FACTORIES[provider]()
        return cache[provider]

    return _make


@pytest.fixture(scope="session", params=PARAM_PROVIDERS)
def provider_client(request, pytestconfig):
    """(provider, client, model) for every selected provider."""
    name = request.param
    client = get_client(pytestconfig, name)
    return name, client, DEFAULT_MODELS[name]


@pytest.fixture(scope="session")
def judge_model(pytestconfig) -> str:
    return pytestconfig.getoption("--judge-model")


@pytest.fixture(scope="session")
def judge(openai_client, judge_model):
    from evals.graders import LLMJudge

    return LLMJudge(openai_client, model=judge_model)


@pytest.fixture(scope="session")
def litellm_router():
    return litellm.Router(
        model_list=[
            {"model_name": "fast", "litellm_params": {"model": "gpt-4o-mini"}},
            {"model_name": "fast", "litellm_params": {"model": "claude-3-5-haiku-latest"}},
            {"model_name": "smart", "litellm_params": {"model": "gpt-4o"}},
        ],
        num_retries=2,
        routing_strategy="latency-based-routing",
    )


@pytest.fixture
def sample_size(pytestconfig) -> int:
    return pytestconfig.getoption("--sample")


@pytest.fixture(scope="session")
def qa_rows(pytestconfig):
    return load_dataset("qa_golden", limit=pytestconfig.getoption("--sample"))


@pytest.fixture(scope="session")
def summarization_rows(pytestconfig):
    return load_dataset("summarization", limit=pytestconfig.getoption("--sample"))


@pytest.fixture
def record_score(request):
    """Attach a score to the current test item; the plugin puts it in the report."""

    def _record(name: str, value: float) -> None:
        scores = getattr(request.node, "eval_scores", {})
        scores[name] = value
        request.node.eval_scores = scores

    return _record

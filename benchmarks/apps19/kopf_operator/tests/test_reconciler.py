from types import SimpleNamespace

import pytest

from aiops_operator.reconciler import PromptJobRunner, WorkloadReconciler
from aiops_operator.reconciler.status import Condition


def test_reconcile_ready(memo, patch):
    rec = WorkloadReconciler(memo.registry, memo.config)
    ws = rec.reconcile({"provider": "bedrock", "model": "anthropic.claude-3-haiku"}, {}, patch)
    assert ws.provider == "bedrock"
    assert patch.status["phase"] == "Ready"
    types_ = {c["type"] for c in patch.status["conditions"]}
    assert {"ProviderConfigured", "ModelReachable"} <= types_


def test_reconcile_unconfigured_provider(memo, patch):
    rec = WorkloadReconciler(memo.registry, memo.config)
    rec.reconcile({"provider": "watsonx", "model": "ibm/granite"}, {}, patch)
    assert patch.status["phase"] == "Degraded"


def test_condition_keeps_transition_time(patch):
    from aiops_operator.reconciler.status import set_condition

    first = Condition.create("Ready", True, "Ok")
    set_condition(patch, {}, first)
    status = {"conditions": patch.status["conditions"]}
    second = Condition.create("Ready", True, "StillOk")
    second.last_transition_time = "later"
    set_condition(patch, status, second)
    assert patch.status["conditions"][0]["lastTransitionTime"] == first.last_transition_time


@pytest.mark.asyncio
async def test_runner_gemini_path(memo):
    runner = PromptJobRunner(registry=memo.registry, genai=SimpleNamespace(aio=SimpleNamespace(models=None)))
    runner.genai = SimpleNamespace(aio=SimpleNamespace(models=_AsyncModels()))
    result = await runner.run({"provider": "google", "model": "gemini-2.0-flash-001", "prompt": "Hi {{ name }}", "variables": [{"name": "a"}]})
    assert result.outputs == ["echo: Hi a"]
    assert result.input_tokens == 3


class _AsyncModels:
    async def generate_content(self, *, model, contents, config=None):
        return SimpleNamespace(
            text=f"echo: {contents}",
            usage_metadata=SimpleNamespace(prompt_token_count=3, candidates_token_count=2),
        )

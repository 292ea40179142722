from types import SimpleNamespace

import kopf
import pytest

from aiops_operator.handlers.webhooks import default_prompt_job, validate_prompt_job


def _moderation(flagged: dict):
    return SimpleNamespace(results=[SimpleNamespace(categories=flagged)])


def test_rejects_unknown_provider(memo):
    with pytest.raises(kopf.AdmissionError):
        validate_prompt_job(spec={"provider": "openai", "model": "x", "prompt": "p"}, memo=memo, warnings=[], dryrun=False)


def test_moderation_blocks(memo):
    memo.mistral.classifiers.moderate.return_value = _moderation({"hate_and_discrimination": True})
    with pytest.raises(kopf.AdmissionError, match="moderation"):
        validate_prompt_job(spec={"provider": "bedrock", "model": "m", "prompt": "bad"}, memo=memo, warnings=[], dryrun=False)


def test_dryrun_skips_moderation(memo):
    validate_prompt_job(spec={"provider": "bedrock", "model": "m", "prompt": "p"}, memo=memo, warnings=[], dryrun=True)
    memo.mistral.classifiers.moderate.assert_not_called()


def test_warns_without_guardrail(memo):
    memo.mistral.classifiers.moderate.return_value = _moderation({})
    warnings: list[str] = []
    validate_prompt_job(spec={"provider": "bedrock", "model": "m", "prompt": "p"}, memo=memo, warnings=warnings, dryrun=False)
    assert warnings and "guardrail" in warnings[0]


def test_mutate_resolves_alias(memo, patch):
    patch.spec = {}
    default_prompt_job(spec={"model": "fast"}, patch=patch, memo=memo)
    assert patch.spec["model"] == "gpt-4o-mini"
    assert patch.spec["provider"] == "litellm"

"""Admission webhooks for PromptJob / AIWorkload."""
from __future__ import annotations

import kopf

from aiops_operator.constants import AIWORKLOADS, GROUP, PROMPTJOBS, SUPPORTED_PROVIDERS, VERSION

MODERATION_MODEL = "mistral-moderation-latest"
BLOCKING_CATEGORIES = ("sexual", "hate_and_discrimination", "violence_and_threats", "selfharm")


@kopf.on.validate(GROUP, VERSION, PROMPTJOBS, operation="CREATE")
def validate_prompt_job(spec, memo: kopf.Memo, warnings: list[str], dryrun: bool, **_):
    provider = spec.get("provider", "litellm")
    if provider not in SUPPORTED_PROVIDERS:
        raise kopf.AdmissionError(f"spec.provider must be one of {', '.join(SUPPORTED_PROVIDERS)}")
    if not spec.get("model"):
        raise kopf.AdmissionError("spec.model is required")
    if not spec.get("prompt") and not spec.get("conversation"):
        raise kopf.AdmissionError("one of spec.prompt or spec.conversation is required")

    cfg = memo.config
    if not cfg.webhook_moderation or dryrun:
        return
    text = spec.get("prompt") or "\n".join(spec["conversation"])

    if memo.get("mistral") is not None:
        result = memo.mistral.classifiers.moderate(model=MODERATION_MODEL, inputs=[text[:8000]])
        flagged = [c for c in BLOCKING_CATEGORIES if result.results[0].categories.get(c)]
        if flagged:
            raise kopf.AdmissionError(f"prompt rejected by moderation: {', '.join(flagged)}", code=422)

    if cfg.guardrail_id and "bedrock" in memo.registry:
        allowed, reason = memo.registry.get("bedrock").check_input(text)
        if not allowed:
            raise kopf.AdmissionError(f"prompt rejected by guardrail: {reason}", code=422)
    elif not cfg.guardrail_id:
        warnings.append("no Bedrock guardrail configured; only Mistral moderation was applied")


@kopf.on.mutate(GROUP, VERSION, PROMPTJOBS, operation="CREATE")
def default_prompt_job(spec, patch, memo: kopf.Memo, **_):
    if "provider" not in spec:
        patch.spec["provider"] = memo.config.default_provider
    if "model" not in spec:
        patch.spec["model"] = memo.config.default_model
    else:
        resolved = memo.config.resolve_model(spec["model"])
        if resolved != spec["model"]:
            patch.spec["model"] = resolved
    patch.spec.setdefault("stream", False)


@kopf.on.validate(GROUP, VERSION, AIWORKLOADS)
def validate_workload(spec, memo: kopf.Memo, **_):
    budget = spec.get("budget", {}).get("monthlyUSD")
    if budget is not None and float(budget) <= 0:
        raise kopf.AdmissionError("spec.budget.monthlyUSD must be positive")
    provider = spec.get("provider")
    if provider and provider not in memo.registry:
        raise kopf.AdmissionError(f"provider {provider!r} is not enabled in this cluster")

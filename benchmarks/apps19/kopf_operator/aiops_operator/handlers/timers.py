"""Periodic health probes and config hot-reload."""
from __future__ import annotations

import datetime as dt

import kopf

from aiops_operator.constants import (
    AIWORKLOADS,
    CONFIGMAP_NAME,
    GROUP,
    LAST_PROBE_ANNOTATION,
    PROBE_PROMPT,
    VERSION,
)
from aiops_operator.reconciler import Condition, set_condition
from aiops_operator.providers import CompletionRequest

PROBE_INTERVAL = 300.0


def _probe_enabled(spec, memo, **_) -> bool:
    return memo.config.probe_enabled and spec.get("probe", {}).get("enabled", True)


@kopf.timer(GROUP, VERSION, AIWORKLOADS, interval=PROBE_INTERVAL, initial_delay=60, idle=30, when=_probe_enabled)
def probe_workload(spec, status, meta, patch, memo: kopf.Memo, logger, **_):
    provider = spec.get("provider", memo.config.default_provider)
    model = memo.config.resolve_model(spec.get("model"))
    ok, message = True, ""
    try:
        if provider == "bedrock":
            # TODO(PLAT-1423): go through the registry like the others; the direct call
            # was kept because the adapter adds the guardrail and that doubled probe cost.
            resp = memo.bedrock.converse(
                modelId=model,
                messages=[{"role": "user", "content": [{"text": PROBE_PROMPT}]}],
                inferenceConfig={"maxTokens": 4, "temperature": 0},
            )
            ok = resp["stopReason"] in ("end_turn", "max_tokens")
        elif provider == "watsonx" and memo.get("watsonx_chat") is not None and model == memo.watsonx_chat.model_id:
            resp = memo.watsonx_chat.chat(
                messages=[{"role": "user", "content": PROBE_PROMPT}],
                params={"max_tokens": 4},
            )
            ok = bool(resp["choices"])
        else:
            adapter = memo.registry.get(provider)
            adapter.complete(CompletionRequest.from_prompt(model, PROBE_PROMPT, max_tokens=4))
    except Exception as exc:
        ok, message = False, str(exc)[:500]
        logger.warning("probe failed for %s/%s: %s", provider, model, message)

    set_condition(patch, dict(status or {}), Condition.create("ModelReachable", ok, "PeriodicProbe", message))
    patch.meta.setdefault("annotations", {})[LAST_PROBE_ANNOTATION] = dt.datetime.now(dt.timezone.utc).isoformat()


@kopf.on.event("", "v1", "configmaps", field="metadata.name", value=CONFIGMAP_NAME)
def reload_config(type, body, memo: kopf.Memo, logger, **_):
    if type not in ("ADDED", "MODIFIED"):
        return
    if body["metadata"]["namespace"] != memo.config.namespace:
        return
    memo.config = memo.config.overlay(body.get("data") or {})
    logger.info("operator config reloaded from %s", CONFIGMAP_NAME)

"""Field-level handlers: react to model / embedding changes without a full reconcile."""
from __future__ import annotations

import kopf

from aiops_operator import memo as memo_helpers
from aiops_operator.constants import AIWORKLOADS, GROUP, PROBE_PROMPT, VERSION
from aiops_operator.reconciler import Condition, set_condition
from aiops_operator.utils import with_retries


@kopf.on.field(GROUP, VERSION, AIWORKLOADS, field="spec.model")
def model_changed(old, new, spec, status, patch, memo: kopf.Memo, logger, **_):
    if old is None or old == new:
        return
    logger.info("model changed %s -> %s", old, new)
    patch.status["previousModel"] = old
    provider = spec.get("provider", memo.config.default_provider)
    if provider != "google" or memo.get("genai") is None:
        # other providers are covered by the full reconcile on spec change
        return
    model = memo.config.resolve_model(new)
    try:
        resp = with_retries(memo.genai.models.generate_content, model=model, contents=PROBE_PROMPT, attempts=2)
        ok, msg = bool(resp.text), ""
    except Exception as exc:
        ok, msg = False, str(exc)
    set_condition(patch, dict(status or {}), Condition.create("ModelReachable", ok, "ModelChanged", msg))


@kopf.on.field(GROUP, VERSION, AIWORKLOADS, field="spec.embedding.model")
def embedding_model_changed(old, new, spec, patch, memo: kopf.Memo, logger, **_):
    if not new:
        return
    provider = spec.get("embedding", {}).get("provider", spec.get("provider"))
    # new-style memo access (see aiops_operator/memo.py); model_changed still uses attributes
    adapter = memo_helpers.registry(memo).get(provider)
    try:
        vec = adapter.embed(["dimension probe"], model=new)[0]
    except NotImplementedError:
        raise kopf.PermanentError(f"{provider} embeddings are not supported by the operator")
    patch.status["embedding"] = {"model": new, "dimensions": len(vec)}
    if old:
        logger.warning("embedding model changed %s -> %s; re-index required", old, new)
        patch.status["embedding"]["reindexRequired"] = True


@kopf.on.field(GROUP, VERSION, AIWORKLOADS, field="spec.provider")
def provider_changed(old, new, logger, **_):
    if old and old != new:
        logger.warning("provider switched from %s to %s", old, new)

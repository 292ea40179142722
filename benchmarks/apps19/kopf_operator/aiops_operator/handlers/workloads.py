"""AIWorkload create/update/resume/delete handlers."""
from __future__ import annotations

import kopf

from aiops_operator.constants import AIWORKLOADS, FINALIZER, GROUP, PAUSED_ANNOTATION, VERSION
from aiops_operator.reconciler import WorkloadReconciler, set_phase
from aiops_operator.reconciler.retrieval import KnowledgeBaseProbe

HINT_MODEL = "mistral-small-latest"


def _paused(meta) -> bool:
    return meta.get("annotations", {}).get(PAUSED_ANNOTATION) == "true"


@kopf.on.resume(GROUP, VERSION, AIWORKLOADS)
@kopf.on.create(GROUP, VERSION, AIWORKLOADS)
@kopf.on.update(GROUP, VERSION, AIWORKLOADS, field="spec")
def reconcile_workload(spec, status, meta, patch, memo: kopf.Memo, logger, **_):
    if _paused(meta):
        logger.info("workload paused, skipping reconcile")
        return {"skipped": True}

    reconciler = WorkloadReconciler(memo.registry, memo.config)
    try:
        ws = reconciler.reconcile(dict(spec), dict(status or {}), patch)
    except ValueError as exc:
        set_phase(patch, "Invalid", str(exc))
        raise kopf.PermanentError(str(exc)) from exc

    if patch.status.get("phase") == "Degraded" and memo.get("mistral") is not None:
        patch.status["hint"] = _explain_failure(memo, ws.provider, ws.model, patch.status.get("message", ""))

    retrieval = spec.get("retrieval")
    if retrieval and retrieval.get("knowledgeBaseId"):
        probe = KnowledgeBaseProbe(memo.bedrock_agents, memo.config.aws_region)
        canary = retrieval.get("canaryQuestion", "What is this knowledge base about?")
        try:
            answer = probe.ask(retrieval["knowledgeBaseId"], canary)
            patch.status["retrieval"] = {"ok": True, "sources": answer["sources"][:5]}
        except Exception as exc:
            patch.status["retrieval"] = {"ok": False, "error": str(exc)[:300]}

    return {"provider": ws.provider, "model": ws.model}


def _explain_failure(memo: kopf.Memo, provider: str, model: str, error: str) -> str:
    """Turn a raw provider error into a one-line hint for the owning team."""
    resp = memo.mistral.chat.complete(
        model=HINT_MODEL,
        messages=[
            {
                "role": "system",
                "content": "You help platform users fix misconfigured model workloads. One sentence, no preamble.",
            },
            {"role": "user", "content": f"Provider {provider}, model {model}. Error: {error[:1500]}"},
        ],
        max_tokens=80,
        temperature=0,
    )
    return (resp.choices[0].message.content or "").strip()


@kopf.on.delete(GROUP, VERSION, AIWORKLOADS)
def delete_workload(name, namespace, logger, **_):
    # Nothing external to clean up yet; the finalizer exists so that
    # PromptJobs referencing the workload get failed before it disappears.
    logger.info("AIWorkload %s/%s deleted (finalizer %s)", namespace, name, FINALIZER)

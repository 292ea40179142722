"""PromptJob handlers (non-streaming jobs; streaming ones are run by daemons.py)."""
from __future__ import annotations

import asyncio

import kopf
import litellm

from aiops_operator.constants import (
    GROUP,
    LEGACY_LABEL,
    PHASE_FAILED,
    PHASE_RUNNING,
    PHASE_SUCCEEDED,
    PROMPTJOBS,
    VERSION,
)
from aiops_operator.kube import INLINE_LIMIT, create_runner_job, write_result_configmap
from aiops_operator import legacy_bedrock as bedrock_invoke
from aiops_operator.reconciler import PromptJobRunner, set_phase
from aiops_operator.reconciler import batch, evaluation
from aiops_operator.services.llm_usage_tracker import llm_tracker

SUMMARY_MODEL = "gpt-4o-mini"


def _not_streaming(spec, **_) -> bool:
    return not spec.get("stream")


@kopf.on.create(GROUP, VERSION, PROMPTJOBS, when=_not_streaming)
async def run_prompt_job(spec, name, namespace, body, meta, patch, memo: kopf.Memo, logger, retry, **_):
    set_phase(patch, PHASE_RUNNING)
    variables = spec.get("variables") or []

    if len(variables) > INLINE_LIMIT:
        job_name = await asyncio.to_thread(create_runner_job, name, namespace, dict(spec))
        patch.status["runnerJob"] = job_name
        return {"delegated": job_name}

    if meta.get("labels", {}).get(LEGACY_LABEL) == "true":
        text = await asyncio.to_thread(bedrock_invoke.invoke_claude, spec["prompt"], spec.get("model"))
        set_phase(patch, PHASE_SUCCEEDED)
        patch.status["output"] = {"preview": text[:2000]}
        return

    async with memo.job_semaphore:
        try:
            if spec.get("batch", {}).get("strategy") in ("threads", "litellm"):
                outputs = await _run_inline_batch(spec)
                result = {"count": len(outputs), "preview": outputs[0][:2000] if outputs else ""}
            else:
                runner = PromptJobRunner.from_memo(memo, tenant=namespace)
                job = await runner.run(dict(spec))
                outputs = job.outputs
                result = job.summary()
        except Exception as exc:
            if retry < 2:
                raise kopf.TemporaryError(str(exc), delay=30) from exc
            set_phase(patch, PHASE_FAILED, str(exc)[:500])
            raise kopf.PermanentError(str(exc)) from exc

    if spec.get("evaluation"):
        result["evaluation"] = await _evaluate(spec["evaluation"], variables, outputs)
    if spec.get("summarize") and len(outputs) > 1:
        result["summary"] = await _summarize(outputs, namespace)

    await asyncio.to_thread(
        write_result_configmap, namespace, f"{name}-results", dict(body), {"outputs": outputs}
    )
    patch.status["output"] = result
    set_phase(patch, PHASE_SUCCEEDED)


async def _run_inline_batch(spec) -> list[str]:
    from aiops_operator.utils import PromptTemplate

    template = PromptTemplate(spec["prompt"])
    prompts = template.generate(spec.get("variables") or [{}])
    if spec["batch"]["strategy"] == "litellm":
        return await asyncio.to_thread(batch.run_batched, spec["model"], prompts)
    return await asyncio.to_thread(batch.run_parallel, spec["model"], prompts, spec.get("system"))


async def _evaluate(cfg: dict, variables: list[dict], outputs: list[str]) -> dict:
    expected_key = cfg.get("expectedField", "expected")
    question_key = cfg.get("questionField", "question")
    scores = []
    for row, answer in zip(variables, outputs):
        score, _reason = await asyncio.to_thread(
            evaluation.judge, row.get(question_key, ""), row.get(expected_key, ""), answer
        )
        scores.append(score)
    return evaluation.aggregate(scores)


async def _summarize(outputs: list[str], namespace: str) -> str:
    joined = "\n---\n".join(o[:1500] for o in outputs[:20])
    async with llm_tracker.track_llm_call(
        provider="litellm", model=SUMMARY_MODEL, feature_context="prompt_job_summary", tenant=namespace
    ) as usage_log:
        resp = await litellm.acompletion(
            model=SUMMARY_MODEL,
            messages=[{"role": "user", "content": f"Summarise the common themes in these outputs:\n{joined}"}],
            max_tokens=300,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content or ""


@kopf.on.delete(GROUP, VERSION, PROMPTJOBS, optional=True)
def prompt_job_deleted(name, namespace, logger, **_):
    logger.info("PromptJob %s/%s deleted; results ConfigMap is garbage-collected via ownerReferences", namespace, name)

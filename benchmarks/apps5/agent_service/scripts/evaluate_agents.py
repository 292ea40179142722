#!/usr/bin/env python
"""Nightly agent evaluation.

Replays the golden task set through each configured vendor, grades the answers with two judges
(Claude on Bedrock, and a cross-vendor judge through litellm), and optionally submits the full
set to the OpenAI / Anthropic batch APIs for the cheaper overnight comparison run.

    python scripts/evaluate_agents.py --cases evals/golden.jsonl --vendors openai,anthropic
"""
from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import json
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, List

import anthropic
import boto3
import litellm
from openai import OpenAI

from agentd.agent.loop import AgentLoop
from agentd.config import configure_logging, get_settings
from agentd.errors import AgentError
from agentd.gateway import Vendor, build_gateway
from agentd.services.llm_usage_tracker import llm_tracker
from agentd.services.storage import notify_slack

log = logging.getLogger("agentd.eval")

JUDGE_MODEL_ID = "anthropic.claude-3-5-sonnet-20240620-v1:0"
CROSS_JUDGE_MODEL = "gemini/gemini-1.5-pro"
JUDGE_PROMPT = """\
You are grading an AI assistant. Compare the ANSWER with the REFERENCE for the TASK.
Reply with JSON only: {{"score": <integer 1-5>, "reason": "<one sentence>"}}

TASK: {task}
REFERENCE: {reference}
ANSWER: {answer}"""


def completion(done: int, total: int) -> str:
    pct = 100.0 * done / total if total else 100.0
    return f"{done}/{total} ({pct:.0f}%)"


def load_cases(path: Path) -> List[Dict[str, Any]]:
    with path.open() as fh:
        return [json.loads(line) for line in fh if line.strip()]


async def run_vendor(vendor: Vendor, cases: List[Dict[str, Any]]) -> Dict[str, str]:
    agent = AgentLoop(build_gateway(vendor), max_steps=6)
    answers: Dict[str, str] = {}
    for i, case in enumerate(cases, 1):
        try:
            result = await agent.run(case["task"], allowed_tools=case.get("tools"))
            answers[case["id"]] = result.answer
        except AgentError as exc:
            answers[case["id"]] = f"<error: {exc}>"
        if i % 10 == 0:
            log.info("[%s] %s", vendor.value, completion(i, len(cases)))
    return answers


def judge_on_bedrock(runtime: Any, case: Dict[str, Any], answer: str) -> Dict[str, Any]:
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 200,
        "temperature": 0,
        "messages": [
            {
                "role": "user",
                "content": JUDGE_PROMPT.format(task=case["task"], reference=case["reference"], answer=answer),
            }
        ],
    }
    resp = runtime.invoke_model(modelId=JUDGE_MODEL_ID, body=json.dumps(body))
    payload = json.loads(resp["body"].read())
    return json.loads(payload["content"][0]["text"])


def cross_judge(cases: List[Dict[str, Any]], answers: Dict[str, str], workers: int = 8) -> Dict[str, int]:
    scores: Dict[str, int] = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {
            pool.submit(
                litellm.completion,
                model=CROSS_JUDGE_MODEL,
                messages=[
                    {
                        "role": "user",
                        "content": JUDGE_PROMPT.format(
                            task=c["task"], reference=c["reference"], answer=answers.get(c["id"], "")
                        ),
                    }
                ],
                temperature=0,
                response_format={"type": "json_object"},
            ): c["id"]
            for c in cases
        }
        for fut in concurrent.futures.as_completed(futures):
            case_id = futures[fut]
            try:
                scores[case_id] = int(json.loads(fut.result().choices[0].message.content)["score"])
            except Exception as exc:
                log.warning("cross-judge failed for %s: %s", case_id, exc)
    return scores


def submit_openai_batch(cases: List[Dict[str, Any]], model: str) -> str:
    client = OpenAI()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for c in cases:
            fh.write(
                json.dumps(
                    {
                        "custom_id": c["id"],
                        "method": "POST",
                        "url": "/v1/chat/completions",
                        "body": {"model": model, "messages": [{"role": "user", "content": c["task"]}], "max_tokens": 800},
                    }
                )
                + "\n"
            )
        batch_path = fh.name
    with open(batch_path, "rb") as f:
        uploaded = client.files.create(file=f, purpose="batch")
    batch = client.batches.create(
        input_file_id=uploaded.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"job": "nightly-eval"},
    )
    log.info("openai batch %s submitted (%d requests)", batch.id, len(cases))
    return batch.id


def openai_batch_status(batch_id: str) -> str:
    return OpenAI().batches.retrieve(batch_id).status


def submit_anthropic_batch(cases: List[Dict[str, Any]], model: str) -> str:
    client = anthropic.Anthropic()
    batch = client.messages.batches.create(
        requests=[
            {
                "custom_id": c["id"],
                "params": {
                    "model": model,
                    "max_tokens": 800,
                    "messages": [{"role": "user", "content": c["task"]}],
                },
            }
            for c in cases
        ]
    )
    log.info("anthropic batch %s submitted", batch.id)
    return batch.id


async def sanity_ping(runtime: Any) -> None:
    """Fail fast if Bedrock credentials or model access are broken."""
    async with llm_tracker.track_llm_call(
        provider="bedrock", model=JUDGE_MODEL_ID, feature_context="nightly_eval.sanity"
    ) as usage_log:
        resp = runtime.converse(
            modelId=JUDGE_MODEL_ID,
            messages=[{"role": "user", "content": [{"text": "Reply with OK."}]}],
            inferenceConfig={"maxTokens": 5},
        )
        usage_log.input_tokens = resp["usage"]["inputTokens"]
        usage_log.output_tokens = resp["usage"]["outputTokens"]


def parse_args(argv: List[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cases", type=Path, default=Path("evals/golden.jsonl"))
    p.add_argument("--vendors", default="openai,anthropic,gemini,bedrock")
    p.add_argument("--batch", action="store_true", help="also submit the batch-API comparison run")
    p.add_argument("--skip-cross-judge", action="store_true")
    p.add_argument("--out", type=Path, default=Path("evals/results.json"))
    return p.parse_args(argv)


def main(argv: List[str] = sys.argv[1:]) -> int:
    args = parse_args(argv)
    settings = get_settings()
    configure_logging(settings)
    cases = load_cases(args.cases)
    runtime = boto3.client("bedrock-runtime", region_name=settings.aws_region)
    asyncio.run(sanity_ping(runtime))

    report: Dict[str, Any] = {"started": time.time(), "vendors": {}}
    for name in args.vendors.split(","):
        vendor = Vendor(name.strip())
        answers = asyncio.run(run_vendor(vendor, cases))
        grades = [judge_on_bedrock(runtime, c, answers[c["id"]]) for c in cases]
        entry: Dict[str, Any] = {"judge_mean": statistics.mean(g["score"] for g in grades) if grades else None}
        if not args.skip_cross_judge:
            cross = cross_judge(cases, answers)
            entry["cross_judge_mean"] = statistics.mean(cross.values()) if cross else None
        report["vendors"][vendor.value] = entry
        log.info("%s: %s", vendor.value, entry)

    if args.batch:
        report["batches"] = {
            "openai": submit_openai_batch(cases, settings.openai_model),
            "anthropic": submit_anthropic_batch(cases, settings.anthropic_model),
        }

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2))
    summary = ", ".join(f"{v}={e.get('judge_mean')}" for v, e in report["vendors"].items())
    notify_slack(f"Nightly agent eval finished: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

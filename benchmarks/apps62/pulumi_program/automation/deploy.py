"""Automation API entrypoint used by CI:

    python -m automation.deploy --stack org/platform/prod --preview-only
"""
from __future__ import annotations

import argparse
import asyncio
import io
import logging
import os
import sys

import pulumi.automation as auto
from openai import OpenAI
from platform_llm.services.llm_usage_tracker import llm_tracker
from platform_llm.services.multi_model_service import TaskComplexity, multi_model_service

from automation.notify import format_deploy_message, post_to_slack
from automation.review import PlanReviewer
from automation.summarise import summarise_outputs
from infra_ai import get_anthropic, get_groq
from infra_ai.clients import get_async_anthropic

log = logging.getLogger("deploy")

PROJECT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def select_stack(stack_name: str) -> auto.Stack:
    stack = auto.create_or_select_stack(stack_name=stack_name, work_dir=PROJECT_DIR)
    stack.set_config("aws:region", auto.ConfigValue(value=os.getenv("AWS_REGION", "eu-west-1")))
    if os.getenv("RELEASE_VERSION"):
        stack.set_config("releaseVersion", auto.ConfigValue(value=os.environ["RELEASE_VERSION"]))
    return stack


def capture_preview(stack: auto.Stack) -> tuple[str, dict]:
    buf = io.StringIO()
    result = stack.preview(on_output=buf.write, diff=True, color="never")
    return buf.getvalue(), result.change_summary


def classify_change_summary(change_summary: dict) -> str:
    """Quick label for the PR comment. Uses Groq's OpenAI-compatible endpoint
    because the CI image only ships the openai package (old habit)."""
    client = OpenAI(base_url="https://api.groq.com/openai/v1", api_key=os.environ["GROQ_API_KEY"])
    resp = client.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "user", "content":
                   f"One word (trivial/routine/significant) for this Pulumi change summary: {change_summary}"}],
        max_tokens=5,
    )
    return (resp.choices[0].message.content or "routine").strip().lower()


async def explain_for_pr(diff_text: str, stack_name: str) -> str:
    # tracked: goes through the platform service
    response = await multi_model_service.generate_response(
        prompt=f"Explain this Pulumi preview for a PR comment (stack {stack_name}):\n{diff_text[:20000]}",
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    )
    return response


async def risk_second_opinion(diff_text: str) -> str:
    client = get_async_anthropic()
    model = "claude-3-5-haiku-20241022"
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="plan_review_second_opinion"
    ) as usage_log:
        msg = await client.messages.create(
            model=model,
            max_tokens=300,
            messages=[{"role": "user", "content": f"Any data-loss risk in this plan? Yes/No + why.\n{diff_text[:20000]}"}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


def export_plan(stack: auto.Stack, path: str) -> dict:
    """Write a machine-readable plan for the review bot (pulumi >= 3.90)."""
    result = stack.preview(plan=path, color="never")
    counts = dict(result.change_summary)
    destructive = counts.get("delete", 0) + counts.get("replace", 0)
    return {"plan_file": path, "counts": counts, "destructive": destructive}


def gate_on_counts(counts: dict, env: str) -> bool:
    """Hard guardrail independent of the AI review: prod may not replace/delete
    more than a handful of resources in one go."""
    if env != "prod":
        return True
    return counts.get("delete", 0) + counts.get("replace", 0) <= int(os.getenv("MAX_DESTRUCTIVE", "3"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stack", required=True)
    parser.add_argument("--preview-only", action="store_true")
    parser.add_argument("--no-ai", action="store_true")
    parser.add_argument("--allow-high-risk", action="store_true")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO)
    stack = select_stack(args.stack)
    stack.refresh(on_output=lambda _: None)

    diff_text, change_summary = capture_preview(stack)
    print(diff_text)
    env = args.stack.rsplit("/", 1)[-1]
    if not gate_on_counts(change_summary, env):
        log.error("too many destructive changes for %s: %s", env, change_summary)
        return 3

    if not args.no_ai:
        reviewer = PlanReviewer(client=get_anthropic(), fallback=get_groq())
        review = reviewer.review(args.stack, diff_text)
        label = classify_change_summary(change_summary)
        log.info("review: risk=%s label=%s findings=%s", review.risk, label, review.findings)
        if os.getenv("GITHUB_EVENT_NAME") == "pull_request":
            comment = asyncio.run(explain_for_pr(diff_text, args.stack))
            with open(os.getenv("PR_COMMENT_FILE", "pr-comment.md"), "w") as fh:
                fh.write(comment)
        if review.blocking and not args.allow_high_risk:
            opinion = asyncio.run(risk_second_opinion(diff_text))
            log.error("high risk plan, refusing to continue. second opinion: %s", opinion)
            return 2
    else:
        review = None

    if args.preview_only:
        return 0

    up = stack.up(on_output=print)
    summary = "outputs unavailable"
    if not args.no_ai:
        try:
            summary = summarise_outputs(up.outputs)
        except Exception as exc:  # noqa: BLE001
            log.warning("summary failed: %s", exc)
    post_to_slack(format_deploy_message(args.stack, summary, review.risk if review else "unknown"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Drift report: `pulumi refresh --preview-only` on each stack, explained by a model."""
from __future__ import annotations

import asyncio
import io
import os
from dataclasses import dataclass

import pulumi.automation as auto

from infra_ai.clients import get_anthropic, get_bedrock_runtime
from infra_ai.settings import SETTINGS

PROJECT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@dataclass
class DriftReport:
    stack: str
    raw: str
    explanation: str


class DriftExplainer:
    """Uses Bedrock in prod accounts (no egress), Anthropic elsewhere."""

    def __init__(self, use_bedrock: bool):
        self.use_bedrock = use_bedrock
        self.runtime = get_bedrock_runtime() if use_bedrock else None
        self.llm = None if use_bedrock else get_anthropic()

    async def explain(self, stack: str, raw: str) -> str:
        prompt = f"Explain the infrastructure drift on stack {stack} and whether it is safe to overwrite:\n{raw[:30000]}"
        if self.use_bedrock:
            out = await asyncio.to_thread(
                self.runtime.converse,
                modelId=SETTINGS.bedrock_model,
                messages=[{"role": "user", "content": [{"text": prompt}]}],
                inferenceConfig={"maxTokens": 800},
            )
            return out["output"]["message"]["content"][0]["text"]
        msg = await asyncio.to_thread(
            self.llm.messages.create,
            model=SETTINGS.anthropic_model,
            max_tokens=800,
            messages=[{"role": "user", "content": prompt}],
        )
        return msg.content[0].text


def refresh_preview(stack_name: str) -> str:
    stack = auto.select_stack(stack_name=stack_name, work_dir=PROJECT_DIR)
    buf = io.StringIO()
    stack.preview_refresh(on_output=buf.write) if hasattr(stack, "preview_refresh") else stack.refresh(
        on_output=buf.write, preview_only=True)
    return buf.getvalue()


async def build_reports(stacks: list[str], use_bedrock: bool) -> list[DriftReport]:
    explainer = DriftExplainer(use_bedrock)
    reports = []
    for name in stacks:
        raw = refresh_preview(name)
        if "~ " not in raw and "- " not in raw:
            continue
        reports.append(DriftReport(stack=name, raw=raw, explanation=await explainer.explain(name, raw)))
    return reports


if __name__ == "__main__":
    names = os.environ.get("DRIFT_STACKS", "dev,staging").split(",")
    for r in asyncio.run(build_reports(names, use_bedrock=os.getenv("USE_BEDROCK") == "1")):
        print(f"## {r.stack}\n{r.explanation}\n")

"""`kestrel lint-fix` - propose fixes for ruff findings.

Fixes go through the usage tracker (feature ``lint_fix``) because this runs in CI on every
PR and the platform team wanted the spend attributed.
"""
from __future__ import annotations

import asyncio
import json
import subprocess
from pathlib import Path
from typing import Dict, List

import typer
from rich.console import Console
from xai_sdk.chat import user

from kestrel.plugins.base import KestrelPlugin, PluginContext
from kestrel.providers.clients import async_together_client, async_xai_client
from kestrel.services.llm_usage_tracker import llm_tracker
from kestrel.utils.text import strip_code_fences

console = Console()


def _ruff_findings(paths: List[str]) -> List[Dict]:
    proc = subprocess.run(
        ["ruff", "check", "--output-format=json", *paths],
        capture_output=True,
        text=True,
    )
    if proc.returncode not in (0, 1):
        raise typer.Exit(proc.returncode)
    return json.loads(proc.stdout or "[]")


async def _propose_fix(finding: Dict, model: str) -> str:
    path = Path(finding["filename"])
    lines = path.read_text(encoding="utf-8").splitlines()
    row = finding["location"]["row"]
    window = "\n".join(lines[max(0, row - 8): row + 8])
    prompt = (
        f"ruff reported {finding['code']}: {finding['message']} at line {row}.\n"
        f"Rewrite this snippet to fix it. Reply with code only.\n\n{window}"
    )
    client = async_together_client()
    async with llm_tracker.track_llm_call(provider="together", model=model, feature_context="lint_fix") as usage_log:
        response = await client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=512,
            temperature=0,
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return strip_code_fences(response.choices[0].message.content or "")


async def _summarise(findings: List[Dict], model: str) -> str:
    codes = sorted({f["code"] for f in findings})
    chat = async_xai_client().chat.create(model=model, max_tokens=300)
    chat.append(user(
        "Summarise for a PR comment what these lint rules are about and whether they "
        "are worth fixing now: " + ", ".join(codes)
    ))
    response = await chat.sample()
    return response.content


class LintFixPlugin(KestrelPlugin):
    name = "lint-fix"
    version = "0.6.0"
    description = "Suggest fixes for ruff findings"

    def register(self, app: typer.Typer, ctx: PluginContext) -> None:
        cfg = ctx.settings.providers

        @app.command("lint-fix")
        def lint_fix(
            paths: List[str] = typer.Argument(None),
            limit: int = typer.Option(10, help="Maximum findings to fix"),
            summary_only: bool = typer.Option(False, "--summary-only"),
        ) -> None:
            """Propose fixes for the first LIMIT ruff findings under PATHS."""
            findings = _ruff_findings(paths or ["."])
            if not findings:
                console.print("[green]ruff is clean[/]")
                return
            if summary_only:
                console.print(asyncio.run(_summarise(findings, cfg.xai_model)))
                return

            async def run_all() -> List[str]:
                return await asyncio.gather(*(_propose_fix(f, cfg.chat_model) for f in findings[:limit]))

            for finding, fix in zip(findings, asyncio.run(run_all())):
                console.rule(f"{finding['filename']}:{finding['location']['row']} {finding['code']}")
                console.print(fix)

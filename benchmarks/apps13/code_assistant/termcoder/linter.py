"""Lint edited files and optionally ask a model to explain/fix the errors."""

import os
import subprocess
import sys
from pathlib import Path
from typing import Dict, Optional

import litellm

from .logging_setup import get_logger
from .providers.clients import get_async_anthropic_client
from .services.llm_usage_tracker import llm_tracker
from . import prompts

log = get_logger(__name__)

DEFAULT_LINT_CMDS = {
    "python": [sys.executable, "-m", "flake8", "--select=E9,F821,F823,F831,F406,F407,F701,F702,F704,F706", "--show-source", "--isolated"],
}

LINT_FIX_MODEL = "claude-3-5-haiku-latest"


class Linter:
    def __init__(self, root, encoding: str = "utf-8", lint_cmds: Optional[Dict[str, str]] = None):
        self.root = Path(root)
        self.encoding = encoding
        self.lint_cmds = lint_cmds or {}

    def _lang(self, fname: Path) -> Optional[str]:
        return {".py": "python", ".js": "javascript", ".ts": "typescript"}.get(fname.suffix)

    def run_cmd(self, cmd, fname: Path) -> Optional[str]:
        if isinstance(cmd, str):
            cmd = cmd.split()
        try:
            proc = subprocess.run(
                cmd + [str(fname)],
                cwd=self.root,
                capture_output=True,
                text=True,
                encoding=self.encoding,
                errors="replace",
                timeout=60,
            )
        except (OSError, subprocess.TimeoutExpired) as err:
            log.warning("lint command failed: %s", err)
            return None
        if proc.returncode == 0:
            return None
        return proc.stdout + proc.stderr

    def py_compile(self, fname: Path) -> Optional[str]:
        source = fname.read_text(encoding=self.encoding, errors="replace")
        try:
            compile(source, str(fname), "exec")
        except SyntaxError as err:
            return f"{fname}:{err.lineno}: {err.msg}"
        return None

    def lint(self, fname) -> Optional[str]:
        fname = Path(fname)
        lang = self._lang(fname)
        if not lang:
            return None
        cmd = self.lint_cmds.get(lang) or DEFAULT_LINT_CMDS.get(lang)
        if lang == "python":
            err = self.py_compile(fname)
            if err:
                return err
        if not cmd:
            return None
        out = self.run_cmd(cmd, fname)
        if out:
            rel = os.path.relpath(fname, self.root)
            return f"## Lint errors in {rel}:\n\n{out}"
        return None


def explain_lint_error(model_name: str, fname: Path, errors: str) -> str:
    """Used by `termcoder lint --explain`. Predates the usage-tracking work."""
    source = fname.read_text(errors="replace")
    response = litellm.completion(
        model=model_name,
        messages=[
            {"role": "system", "content": prompts.LINT_FIX_SYSTEM},
            {"role": "user", "content": f"{fname}\n```\n{source}\n```\n\n{errors}"},
        ],
        temperature=0,
    )
    return response.choices[0].message.content or ""


async def suggest_fix(fname: Path, errors: str) -> str:
    """TUI quick-fix action; goes through the usage tracker."""
    source = fname.read_text(errors="replace")
    client = get_async_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model=LINT_FIX_MODEL,
        feature_context="lint_fix",
    ) as usage_log:
        message = await client.messages.create(
            model=LINT_FIX_MODEL,
            max_tokens=2048,
            system=prompts.LINT_FIX_SYSTEM,
            messages=[{"role": "user", "content": f"{fname}\n```\n{source}\n```\n\n{errors}"}],
        )
        usage_log.input_tokens = message.usage.input_tokens
        usage_log.output_tokens = message.usage.output_tokens
    return "".join(block.text for block in message.content if block.type == "text")

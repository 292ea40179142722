"""The Fire command tree.

    mltk eval run prompts/qa.yaml --model claude-3-haiku
    mltk data synth --task qa --n 50
    mltk label run data/x.jsonl --labels bug,feature,question
    mltk compare pairwise prompts/qa.yaml --models gpt-4o,llama-3.1-70b
"""
from __future__ import annotations

import sys

from toolkit import __version__
from toolkit.commands import (
    CompareCommands,
    DataCommands,
    EmbedCommands,
    EvalCommands,
    LabelCommands,
    ModelsCommands,
)
from toolkit.context import ToolkitContext
from toolkit.reports import ReportCommands


class Toolkit:
    """ML team toolkit: evals, synthetic data, labeling and model comparison."""

    def __init__(self, config: str = None, verbose: bool = False, dry_run: bool = False):
        self._ctx = ToolkitContext(config_path=config, verbose=verbose, dry_run=dry_run)
        self.eval = EvalCommands(self._ctx)
        self.data = DataCommands(self._ctx)
        self.label = LabelCommands(self._ctx)
        self.compare = CompareCommands(self._ctx)
        self.models = ModelsCommands(self._ctx)
        self.embed = EmbedCommands(self._ctx)
        self.report = ReportCommands(self._ctx)

    def version(self):
        return __version__

    def doctor(self):
        """Check which provider keys are configured (does not call any API)."""
        cfg = self._ctx.config
        checks = {
            "openai": bool(cfg.openai_api_key),
            "anthropic": bool(cfg.anthropic_api_key),
            "together": bool(cfg.together_api_key),
            "huggingface": bool(cfg.hf_token),
            "python": sys.version.split()[0],
        }
        for name, ok in checks.items():
            mark = "[green]ok[/]" if ok is True else ("[red]missing[/]" if ok is False else ok)
            self._ctx.console.print(f"{name:12} {mark}")

    def ask(self, prompt: str, model: str = None, system: str = None):
        """Ad-hoc question to any registry model."""
        from toolkit.providers.registry import chat

        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        return chat(self._ctx, model or self._ctx.config.default_model, messages)

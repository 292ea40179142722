"""Audit plugin: logs each command and an estimated prompt size for LLM commands."""
from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from cmd2 import plugin

from querysh.hooks import LLM_COMMANDS
from querysh.services.llm_usage_tracker import calculate_cost

log = logging.getLogger(__name__)
AUDIT_FILE = Path("~/.querysh/audit.jsonl").expanduser()


class Auditor:
    def __init__(self, app) -> None:
        self.app = app
        self._started: float | None = None

    def before(self, data: plugin.PrecommandData) -> plugin.PrecommandData:
        self._started = time.perf_counter()
        return data

    def after(self, data: plugin.PostcommandData) -> plugin.PostcommandData:
        record = {
            "command": data.statement.command,
            "args": data.statement.args[:200],
            "ms": round((time.perf_counter() - (self._started or time.perf_counter())) * 1000, 1),
            "backend": self.app.backend,
        }
        if data.statement.command in LLM_COMMANDS and self.app.backend == "anthropic":
            counted = self.app.anthropic.messages.count_tokens(
                model=self.app.settings.anthropic_model,
                messages=[{"role": "user", "content": data.statement.args or "."}],
            )
            record["est_input_tokens"] = counted.input_tokens
            record["est_cost_usd"] = calculate_cost(self.app.settings.anthropic_model, counted.input_tokens, 0)
        try:
            AUDIT_FILE.parent.mkdir(parents=True, exist_ok=True)
            with AUDIT_FILE.open("a") as fh:
                fh.write(json.dumps(record) + "\n")
        except OSError:
            log.debug("audit write failed", exc_info=True)
        return data


def setup(app) -> None:
    auditor = Auditor(app)
    app.register_precmd_hook(auditor.before)
    app.register_postcmd_hook(auditor.after)

"""cmd2 hooks: prompt moderation before LLM commands, autosummary after queries."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import cmd2
from cmd2 import plugin

from querysh import prompts

if TYPE_CHECKING:
    from querysh.app import QueryShell

log = logging.getLogger(__name__)

LLM_COMMANDS = {"ask", "chat", "explain", "gensql", "lookup", "summarize"}


def install_hooks(app: "QueryShell") -> None:
    def moderate_prompt(data: plugin.PrecommandData) -> plugin.PrecommandData:
        if not app.settings.moderate_prompts or data.statement.command not in LLM_COMMANDS:
            return data
        text = data.statement.args
        if not text:
            return data
        verdict = app.openai.moderations.create(model="omni-moderation-latest", input=text)
        if verdict.results[0].flagged:
            app.perror("prompt rejected by moderation filter")
            data.stop = True
        return data

    def autosummary(data: plugin.PostcommandData) -> plugin.PostcommandData:
        if not app.autosummary or data.statement.command != "query":
            return data
        result = app.db.last_result
        if result is None or result.empty:
            return data
        try:
            msg = app.anthropic.messages.create(
                model=app.settings.anthropic_model,
                max_tokens=200,
                system=prompts.EXPLAIN_SYSTEM + " One or two sentences only.",
                messages=[{"role": "user", "content": prompts.explain_prompt(result.sql, result.preview(15))}],
            )
            app.poutput(cmd2.style("summary: ", bold=True) + msg.content[0].text)
        except Exception:  # never break the REPL because of the summary
            log.exception("autosummary failed")
        return data

    def save_on_exit() -> None:
        if app.session.entries:
            app.session.save()

    app.register_precmd_hook(moderate_prompt)
    app.register_postcmd_hook(autosummary)
    app.register_postloop_hook(save_on_exit)

from __future__ import annotations

import json

import language_tool_python

from quillpad.actions.base import Action, ActionContext, register

TONE_PROMPT = """Rate the tone of the text on these axes from 0 to 10 and answer as JSON:
{"formal": n, "friendly": n, "confident": n, "concise": n}

Text:
"""


@register
class ToneCheck(Action):
    id = "tone"
    title = "Check tone"
    needs_selection = False

    def run(self, ctx: ActionContext, text: str) -> str:
        if ctx.ollama is not None and ctx.settings.value("tone/use_local", True, bool):
            resp = ctx.ollama.generate(
                model=ctx.settings.model_for("ollama"),
                prompt=TONE_PROMPT + text,
                format="json",
            )
            raw = resp["response"]
        else:
            raw = ctx.llm.complete([{"role": "user", "content": TONE_PROMPT + text}])
        try:
            scores = json.loads(raw)
        except json.JSONDecodeError:
            return raw
        return "\n".join(f"{k.title():<10} {'#' * int(v)} {v}" for k, v in scores.items())


_tool = None


def _languagetool():
    global _tool
    if _tool is None:
        _tool = language_tool_python.LanguageTool("en-US")
    return _tool


@register
class Grammar(Action):
    """Rule-based first, model only for what LanguageTool can't fix."""

    id = "grammar"
    title = "Fix grammar"
    shortcut = "Ctrl+Alt+G"

    def run(self, ctx: ActionContext, text: str) -> str:
        tool = _languagetool()
        matches = tool.check(text)
        fixed = language_tool_python.utils.correct(text, matches)
        if ctx.offline or len(matches) < 3:
            return fixed
        return ctx.llm.complete(
            [
                {"role": "system", "content": "Fix remaining grammar errors. Change nothing else."},
                {"role": "user", "content": fixed},
            ]
        )

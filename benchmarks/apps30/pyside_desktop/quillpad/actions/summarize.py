from __future__ import annotations

from quillpad.actions.base import Action, ActionContext, register


@register
class Summarize(Action):
    id = "summarize"
    title = "Summarize selection"
    shortcut = "Ctrl+Alt+S"

    def run(self, ctx: ActionContext, text: str) -> str:
        return ctx.llm.complete(
            [
                {"role": "system", "content": "Summarize the text in at most five bullet points."},
                {"role": "user", "content": text},
            ]
        )


@register
class TLDR(Action):
    id = "tldr"
    title = "One-line TL;DR"

    def run(self, ctx: ActionContext, text: str) -> str:
        if ctx.offline or ctx.openai is None:
            return ctx.llm.complete([{"role": "user", "content": f"TL;DR in one line:\n{text}"}])
        resp = ctx.openai.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"TL;DR in one line:\n{text}"}],
            max_tokens=60,
        )
        return resp.choices[0].message.content.strip()

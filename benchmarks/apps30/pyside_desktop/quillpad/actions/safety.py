"""Pre-publish check: moderation + a second opinion from a local model."""
from __future__ import annotations

from quillpad.actions.base import Action, ActionContext, register
from quillpad.services.clients import get_openai_client


@register
class PublishCheck(Action):
    id = "publish_check"
    title = "Pre-publish check"
    needs_selection = False
    online_only = True

    def run(self, ctx: ActionContext, text: str) -> str:
        client = ctx.openai or get_openai_client()
        mod = client.moderations.create(model="omni-moderation-latest", input=text)
        flagged = [name for name, hit in mod.results[0].categories.model_dump().items() if hit]
        report = ["Moderation: " + (", ".join(flagged) if flagged else "clean")]
        if ctx.ollama is not None:
            reply = ctx.ollama.chat(
                model=ctx.settings.model_for("ollama"),
                messages=[
                    {"role": "system", "content": "List factual claims in the text that need a source."},
                    {"role": "user", "content": text},
                ],
            )
            report.append(reply.message.content)
        return "\n\n".join(report)

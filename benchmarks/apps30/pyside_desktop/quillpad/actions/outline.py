from __future__ import annotations

import asyncio

from quillpad.actions.base import Action, ActionContext, register
from quillpad.services.multi_model_service import TaskComplexity, multi_model_service


@register
class Outline(Action):
    id = "outline"
    title = "Build outline from notes"
    needs_selection = False

    def run(self, ctx: ActionContext, text: str) -> str:
        if ctx.offline:
            return ctx.llm.complete([{"role": "user", "content": f"Outline:\n{text}"}])
        return asyncio.run(
            multi_model_service.generate_response(
                prompt=f"Turn these notes into a hierarchical outline (markdown):\n\n{text}",
                task_type="outline",
                complexity=TaskComplexity.AGENTIC,
            )
        )


@register
class TitleIdeas(Action):
    id = "titles"
    title = "Suggest titles"
    needs_selection = False

    def run(self, ctx: ActionContext, text: str) -> str:
        import google.generativeai as genai

        model = genai.GenerativeModel(
            ctx.settings.model_for("google"),
            generation_config=genai.GenerationConfig(temperature=1.0, candidate_count=1),
        )
        resp = model.generate_content(f"Suggest 8 short, catchy titles for this piece:\n\n{text[:6000]}")
        return resp.text

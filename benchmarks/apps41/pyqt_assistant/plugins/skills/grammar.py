"""Fast grammar pass on Groq.

Uses the tracked service so grammar checks show up in the usage panel.
"""
import asyncio

from quill.skills import Skill, SkillContext, registry
from quill.tracking import TaskComplexity, multi_model_service


@registry.register
class Grammar(Skill):
    id = "grammar"
    title = "Fix grammar"
    shortcut = "Ctrl+Alt+G"

    def run(self, ctx: SkillContext) -> str:
        return asyncio.run(
            multi_model_service.generate_response(
                prompt=f"Fix grammar and spelling only:\n\n{ctx.selection}",
                task_type="grammar",
                complexity=TaskComplexity.SIMPLE,
            )
        )

"""Editorial critique from Claude."""
from quill.skills import Skill, SkillContext, registry

CRITIQUE_PROMPT = """Act as a demanding editor. List the three biggest weaknesses
of this passage and one concrete fix for each.

{text}"""


@registry.register
class Critique(Skill):
    id = "critique"
    title = "Editorial critique"

    def run(self, ctx: SkillContext) -> str:
        claude = ctx.client("anthropic")
        reply = claude.messages.create(
            model="claude-3-5-sonnet-latest",
            max_tokens=1200,
            messages=[{"role": "user", "content": CRITIQUE_PROMPT.format(text=ctx.selection)}],
        )
        return "\n".join(block.text for block in reply.content if block.type == "text")

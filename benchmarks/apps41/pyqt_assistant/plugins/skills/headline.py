"""Suggest headlines using Grok (fast and a bit punchier)."""
from quill.engine import get_xai_client
from quill.skills import Skill, SkillContext, registry


@registry.register
class Headline(Skill):
    id = "headline"
    title = "Suggest headlines"
    needs_selection = False

    def run(self, ctx: SkillContext) -> str:
        text = ctx.selection or ctx.document[:4000]
        grok = get_xai_client()
        out = grok.chat.completions.create(
            model="grok-2-latest",
            messages=[
                {"role": "user", "content": f"Give five headline options for:\n\n{text}"},
            ],
            temperature=1.0,
        )
        return out.choices[0].message.content

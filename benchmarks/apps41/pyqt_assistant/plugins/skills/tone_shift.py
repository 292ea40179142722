"""Make the selection friendlier / more formal / more concise."""
from quill.skills import Skill, SkillContext, registry

TONES = ("friendly", "formal", "concise", "confident")


@registry.register
class ToneShift(Skill):
    id = "tone_shift"
    title = "Change tone…"
    shortcut = "Ctrl+Alt+T"

    tone = "friendly"

    def run(self, ctx: SkillContext) -> str:
        completion = ctx.openai.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": f"Rewrite text in a {self.tone} tone."},
                {"role": "user", "content": ctx.selection},
            ],
        )
        return completion.choices[0].message.content.strip()

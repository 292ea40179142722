"""Translate the selection with Gemini."""
from google.genai import types

from quill.skills import Skill, SkillContext, registry


@registry.register
class Translate(Skill):
    id = "translate"
    title = "Translate"
    shortcut = "Ctrl+Alt+L"

    target = "English"

    def run(self, ctx: SkillContext) -> str:
        gemini = ctx.gemini
        response = gemini.models.generate_content(
            model="gemini-2.0-flash",
            contents=ctx.selection,
            config=types.GenerateContentConfig(
                system_instruction=f"Translate the user's text into {self.target}. Output only the translation.",
                temperature=0.2,
            ),
        )
        return response.text

"""Generate a cover illustration for the document."""
import base64
from pathlib import Path

from quill.skills import Skill, SkillContext, registry


@registry.register
class Illustrate(Skill):
    id = "illustrate"
    title = "Generate illustration"
    needs_selection = False

    out_dir = Path.home() / "Pictures" / "Quill"

    def run(self, ctx: SkillContext) -> str:
        summary = ctx.selection or ctx.document[:1500]
        img = ctx.openai.images.generate(
            model="gpt-image-1",
            prompt=f"Editorial illustration, muted palette, for an article about: {summary}",
            size="1024x1024",
        )
        self.out_dir.mkdir(parents=True, exist_ok=True)
        target = self.out_dir / "cover.png"
        target.write_bytes(base64.b64decode(img.data[0].b64_json))
        ctx.notify(f"Saved illustration to {target}")
        return ""

"""Generate a cover image and a read-aloud MP3 for the current document."""
from __future__ import annotations

import base64
from pathlib import Path

from quillpad.actions.base import Action, ActionContext, register


@register
class CoverArt(Action):
    id = "cover_art"
    title = "Generate cover image"
    needs_selection = False
    online_only = True

    def run(self, ctx: ActionContext, text: str) -> str:
        prompt = f"Minimalist book cover illustration for: {text[:800]}"
        img = ctx.openai.images.generate(
            model="dall-e-3", prompt=prompt, size="1024x1792", response_format="b64_json"
        )
        out = Path(ctx.extras.get("export_dir", ".")) / "cover.png"
        out.write_bytes(base64.b64decode(img.data[0].b64_json))
        return f"Saved {out}"


@register
class ReadAloud(Action):
    id = "read_aloud"
    title = "Export as audio"
    needs_selection = False
    online_only = True

    def run(self, ctx: ActionContext, text: str) -> str:
        out = Path(ctx.extras.get("export_dir", ".")) / "reading.mp3"
        with ctx.openai.audio.speech.with_streaming_response.create(
            model="tts-1", voice="alloy", input=text[:4000]
        ) as response:
            response.stream_to_file(out)
        return f"Saved {out}"

from __future__ import annotations

import base64
from pathlib import Path

from cleo.helpers import argument, option

from llmtool.commands.base import DocsCommand


class IllustrateCommand(DocsCommand):
    name = "illustrate"
    description = "Generate a hero illustration for a page."
    arguments = [argument("prompt", description="What to draw.")]
    options = [
        option("output", "o", description="PNG output path.", flag=False, default="hero.png"),
        option("open-model", None, description="Use FLUX on Together instead of DALL-E."),
    ]

    needs_llm = "openai"

    def handle(self) -> int:
        prompt = self.argument("prompt") + ". Flat vector style, brand palette, no text."
        if self.option("open-model"):
            together = self.app.registry.get("together")
            result = together.images.generate(
                model="black-forest-labs/FLUX.1-schnell",
                prompt=prompt,
                width=1024,
                height=576,
                steps=4,
                response_format="b64_json",
            )
        else:
            result = self.llm.images.generate(model="dall-e-3", prompt=prompt, size="1792x1024", response_format="b64_json")
        Path(self.option("output")).write_bytes(base64.b64decode(result.data[0].b64_json))
        self.line(f"<info>Saved {self.option('output')}</info>")
        return 0


class NarrateCommand(DocsCommand):
    name = "narrate"
    description = "Produce an audio version of a page (accessibility pilot)."
    arguments = [argument("path", description="Markdown page.")]
    options = [option("voice", None, description="TTS voice.", flag=False, default="alloy")]

    needs_llm = "openai"

    def handle(self) -> int:
        path, page = self.read_page()
        target = path.with_suffix(".mp3")
        with self.llm.audio.speech.with_streaming_response.create(
            model="tts-1", voice=self.option("voice"), input=page[:4096]
        ) as response:
            response.stream_to_file(target)
        self.line(f"<info>Wrote {target}</info>")
        return 0

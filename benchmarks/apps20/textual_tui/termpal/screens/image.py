"""Image generation screen."""

from __future__ import annotations

import base64
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Log, Select

if TYPE_CHECKING:
    from termpal.app import TermpalApp

SIZES = [("Square", "1024x1024"), ("Portrait", "1024x1536"), ("Landscape", "1536x1024")]
OUT_DIR = Path.home() / "Pictures" / "termpal"


class ImageScreen(Screen):
    app: "TermpalApp"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Select(SIZES, value="1024x1024", allow_blank=False, id="size")
        yield Input(placeholder="Describe the image…", id="prompt")
        yield Log(id="out")
        yield Footer()

    @on(Input.Submitted, "#prompt")
    def submitted(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.generate_image(event.value.strip(), str(self.query_one("#size", Select).value))

    @work(exclusive=True, group="image")
    async def generate_image(self, prompt: str, size: str) -> None:
        log = self.query_one("#out", Log)
        log.write_line(f"generating: {prompt!r} ({size})")
        result = await self.app.openai.images.generate(
            model="gpt-image-1",
            prompt=prompt,
            size=size,
            n=1,
        )
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        path = OUT_DIR / f"{datetime.now():%Y%m%d-%H%M%S}.png"
        path.write_bytes(base64.b64decode(result.data[0].b64_json))
        log.write_line(f"saved {path}")

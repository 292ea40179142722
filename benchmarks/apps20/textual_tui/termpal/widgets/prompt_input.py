"""Prompt input with inline completions (Groq) and optional moderation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual import work
from textual.binding import Binding
from textual.message import Message
from textual.suggester import Suggester
from textual.widgets import Input

from termpal.workers import transcribe

SUGGEST_MODEL = "llama-3.1-8b-instant"


class LLMSuggester(Suggester):
    """Suggests the end of the sentence the user is typing.

    Gets the (async) Groq client from the app, it's fast enough to be called on
    every keystroke after a short debounce in the Input.
    """

    def __init__(self, client: Any, min_chars: int = 12) -> None:
        super().__init__(use_cache=True, case_sensitive=True)
        self._client = client
        self.min_chars = min_chars

    async def get_suggestion(self, value: str) -> str | None:
        if len(value) < self.min_chars or value.endswith("\n"):
            return None
        try:
            resp = await self._client.chat.completions.create(
                model=SUGGEST_MODEL,
                messages=[
                    {"role": "system", "content": "Continue the user's text with a few words. Output only the continuation."},
                    {"role": "user", "content": value},
                ],
                max_tokens=12,
                temperature=0,
            )
        except Exception:
            return None
        completion = (resp.choices[0].message.content or "").rstrip()
        return value + (" " if not completion.startswith(" ") else "") + completion.lstrip() if completion else None


class PromptInput(Input):
    BINDINGS = [Binding("ctrl+v", "voice", "Voice", show=False)]

    class Submitted(Message):
        def __init__(self, value: str) -> None:
            super().__init__()
            self.value = value

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(placeholder="Ask anything… (/attach FILE)", **kwargs)

    def on_mount(self) -> None:
        if self.app.settings.suggestions:
            self.suggester = LLMSuggester(self.app.groq)

    async def action_submit(self) -> None:
        value = self.value
        if self.app.settings.moderation and value.strip():
            result = await self.app.openai.moderations.create(
                model="omni-moderation-latest",
                input=value,
            )
            if result.results[0].flagged:
                self.notify("This prompt was flagged by moderation", severity="warning")
                return
        self.value = ""
        self.post_message(self.Submitted(value))

    def action_voice(self) -> None:
        self.transcribe_clip(Path("~/.cache/termpal/clip.wav").expanduser())

    @work(exclusive=True, group="voice")
    async def transcribe_clip(self, path: Path) -> None:
        if not path.exists():
            self.notify("Record a clip first (scripts/record_clip.sh)", severity="warning")
            return
        self.value = await transcribe(self.app.groq, path)

"""Brief input with local autocomplete and a tracked 'improve my brief' button."""
from __future__ import annotations

from typing import Awaitable, Callable

from nicegui import ui

from studio.services.multi_model_service import TaskComplexity, multi_model_service
from studio.storage import current_user

COMMON_BRIEF_STARTS = [
    "Launch announcement for",
    "Webinar invite about",
    "Customer story featuring",
    "Feature update: ",
    "Holiday promo for",
]


class Suggester:
    """Prefix completion over previous briefs -- no model involved."""

    def __init__(self, corpus: list[str]) -> None:
        self.corpus = sorted(set(corpus))

    def completion(self, prefix: str, limit: int = 5) -> list[str]:
        p = prefix.lower()
        return [c for c in self.corpus if c.lower().startswith(p)][:limit]


class PromptBox:
    def __init__(self, on_submit: Callable[[str], Awaitable[None]], history: list[str] | None = None) -> None:
        self.on_submit = on_submit
        self.suggester = Suggester(COMMON_BRIEF_STARTS + list(history or []))
        with ui.column().classes("w-full"):
            self.area = ui.textarea("Brief", placeholder="What are we writing?").classes("w-full")
            self.area.on_value_change(self._suggest)
            self.chips = ui.row().classes("gap-1")
            with ui.row():
                ui.button("Improve brief", icon="auto_fix_high", on_click=self.improve).props("outline")
                ui.button("Generate", icon="bolt", on_click=self.submit)

    def _suggest(self, e) -> None:
        self.chips.clear()
        value = e.value or ""
        if len(value) < 3 or len(value) > 30:
            return
        with self.chips:
            for s in self.suggester.completion(value):
                ui.chip(s, on_click=lambda _, s=s: self.area.set_value(s)).props("dense clickable")

    async def improve(self) -> None:
        brief = self.area.value or ""
        if not brief.strip():
            return
        improved = await multi_model_service.generate_response(
            prompt=f"Tighten this creative brief; list audience, key message, CTA:\n{brief}",
            task_type="chat",
            complexity=TaskComplexity.STANDARD,
            user=current_user(),
        )
        self.area.set_value(improved)

    async def submit(self) -> None:
        await self.on_submit(self.area.value or "")

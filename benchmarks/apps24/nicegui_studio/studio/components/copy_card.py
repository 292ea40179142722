"""Draft cards: a single draft with quick actions, and the provider comparison grid."""
from __future__ import annotations

import asyncio
import time
from typing import Callable

from nicegui import ui
from openai import AsyncOpenAI

from studio.services import registry

QUICK_ACTIONS = {
    "Shorten": "Shorten this by ~40% without losing the key benefit.",
    "Punch up": "Make this more energetic. Keep it truthful.",
    "Formal": "Rewrite in a more formal, enterprise tone.",
}


class CopyCard:
    def __init__(
        self,
        text: str,
        client: AsyncOpenAI,
        model: str = "gpt-4o-mini",
        on_accept: Callable[[str], None] | None = None,
    ) -> None:
        self.text = text
        self._client = client
        self._model = model
        self._on_accept = on_accept
        self._render()

    def _render(self) -> None:
        with ui.card().classes("w-full") as self.card:
            self.label = ui.markdown(self.text)
            with ui.row().classes("gap-2"):
                for name, instruction in QUICK_ACTIONS.items():
                    ui.button(name, on_click=lambda _, i=instruction: self.apply(i)).props("flat dense")
                ui.button("Accept", icon="check", on_click=self.accept).props("color=positive dense")
            self.spinner = ui.spinner(size="sm")
            self.spinner.visible = False

    async def apply(self, instruction: str) -> None:
        self.spinner.visible = True
        try:
            completion = await self._client.chat.completions.create(
                model=self._model,
                messages=[
                    {"role": "system", "content": instruction},
                    {"role": "user", "content": self.text},
                ],
                temperature=0.6,
            )
            self.text = completion.choices[0].message.content or self.text
            self.label.set_content(self.text)
        except Exception as exc:  # noqa: BLE001
            ui.notify(f"Rewrite failed: {exc}", type="negative")
        finally:
            self.spinner.visible = False

    def accept(self) -> None:
        if self._on_accept:
            self._on_accept(self.text)
        ui.notify("Draft accepted", type="positive")


class VariantGrid:
    def __init__(self, providers: list[str] | None = None) -> None:
        self.providers = providers or registry.available()
        self.cells: dict[str, ui.markdown] = {}
        with ui.grid(columns=min(len(self.providers), 4) or 1).classes("w-full gap-3"):
            for name in self.providers:
                with ui.card().classes("min-h-40"):
                    ui.label(name).classes("text-xs uppercase opacity-60")
                    self.cells[name] = ui.markdown("")

    async def run(self, prompt: str, system: str) -> dict[str, str]:
        async def one(name: str) -> tuple[str, str]:
            fn = registry.PROVIDERS[name]
            started = time.perf_counter()
            try:
                text = await fn(prompt, system)
            except Exception as exc:  # noqa: BLE001
                text = f"_error: {exc}_"
            self.cells[name].set_content(f"{text}\n\n<sub>{time.perf_counter() - started:.1f}s</sub>")
            return name, text

        for cell in self.cells.values():
            cell.set_content("_generating…_")
        results = await asyncio.gather(*(one(n) for n in self.providers))
        return dict(results)

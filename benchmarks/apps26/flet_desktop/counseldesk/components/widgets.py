"""Small reusable controls."""
from __future__ import annotations

import flet as ft

from counseldesk.services.token_budget import estimate_cost


class MessageBubble(ft.Container):
    def __init__(self, role: str, text: str) -> None:
        is_user = role == "user"
        self._md = ft.Markdown(text, selectable=True, extension_set=ft.MarkdownExtensionSet.GITHUB_WEB)
        super().__init__(
            content=self._md,
            padding=ft.padding.symmetric(8, 12),
            border_radius=12,
            bgcolor=ft.Colors.PRIMARY_CONTAINER if is_user else ft.Colors.SURFACE_CONTAINER_HIGHEST,
            margin=ft.margin.only(left=80 if is_user else 0, right=0 if is_user else 80),
        )
        self.role = role

    def set_text(self, text: str) -> None:
        self._md.value = text

    def append_text(self, delta: str) -> None:
        self._md.value = (self._md.value or "") + delta


class UsageBadge(ft.Container):
    """Shows tokens and estimated spend for the current chat."""

    def __init__(self) -> None:
        self.input_tokens = 0
        self.output_tokens = 0
        self.cost = 0.0
        self._label = ft.Text("0 tokens", size=11)
        super().__init__(content=self._label, padding=ft.padding.symmetric(2, 8), border_radius=10, bgcolor=ft.Colors.SECONDARY_CONTAINER)

    def add(self, model: str, input_tokens: int, output_tokens: int) -> None:
        self.input_tokens += input_tokens
        self.output_tokens += output_tokens
        self.cost += estimate_cost(model, input_tokens, output_tokens)
        self._label.value = f"{self.input_tokens + self.output_tokens:,} tokens · ${self.cost:.3f}"

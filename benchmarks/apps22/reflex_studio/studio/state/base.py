"""Root state shared by every page."""
from __future__ import annotations

import reflex as rx


class StudioState(rx.State):
    """Top-level state. Substates inherit from this so they can read the user/workspace."""

    user_email: str = ""
    workspace: str = "default"
    sidebar_open: bool = True
    busy_count: int = 0

    @rx.var
    def is_signed_in(self) -> bool:
        return bool(self.user_email)

    @rx.var
    def initials(self) -> str:
        name = self.user_email.split("@")[0]
        return "".join(part[:1].upper() for part in name.split(".")[:2]) or "?"

    @rx.event
    def toggle_sidebar(self):
        self.sidebar_open = not self.sidebar_open

    @rx.event
    def on_load(self):
        # Reflex exposes request headers on the router; SSO proxy sets this one.
        headers = self.router.headers
        email = getattr(headers, "x_forwarded_email", "") or ""
        if email:
            self.user_email = email

    def _begin(self) -> None:
        self.busy_count += 1

    def _end(self) -> None:
        self.busy_count = max(0, self.busy_count - 1)

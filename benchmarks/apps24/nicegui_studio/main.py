"""Entry point: `python main.py`."""
from __future__ import annotations

import logging

from fastapi import Request
from fastapi.responses import RedirectResponse
from nicegui import app, ui
from starlette.middleware.base import BaseHTTPMiddleware

import studio.api  # noqa: F401  (registers /api routes)
import studio.pages  # noqa: F401  (registers @ui.page routes)
from studio.config import settings
from studio.jobs import schedule_digest
from studio.services.container import close_clients, init_clients, verify_clients

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
log = logging.getLogger("studio")

UNRESTRICTED = {"/login", "/api/health"}


class AuthMiddleware(BaseHTTPMiddleware):
    """SSO puts the e-mail in a header; we copy it into app.storage.user."""

    async def dispatch(self, request: Request, call_next):
        email = request.headers.get("x-forwarded-email")
        if email:
            app.storage.user["email"] = email
        elif not app.storage.user.get("email") and request.url.path not in UNRESTRICTED \
                and not request.url.path.startswith("/_nicegui"):
            return RedirectResponse("/login")
        return await call_next(request)


app.add_middleware(AuthMiddleware)


@ui.page("/login")
def login_page() -> None:
    def login() -> None:
        app.storage.user["email"] = email.value
        ui.navigate.to("/")

    with ui.card().classes("absolute-center"):
        ui.label("Copy Studio (dev login)")
        email = ui.input("E-mail").on("keydown.enter", login)
        ui.button("Log in", on_click=login)


async def _startup() -> None:
    init_clients()
    status = await verify_clients()
    log.info("provider check: %s", status)
    schedule_digest()


app.on_startup(_startup)
app.on_shutdown(close_clients)


if __name__ in {"__main__", "__mp_main__"}:
    ui.run(
        title="Copy Studio",
        port=settings.port,
        storage_secret=settings.storage_secret,
        reload=False,
        favicon="✍️",
    )

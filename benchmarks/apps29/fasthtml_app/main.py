"""Entry point: `python main.py` (uvicorn via fasthtml's serve())."""
from __future__ import annotations

import logging

from fasthtml.common import Button, H2, RedirectResponse, Script, fast_app, serve

from proposalwriter.beforeware import bware
from proposalwriter.components import login_form, page
from proposalwriter.config import settings
from proposalwriter.llm_usage_tracker import llm_tracker
from proposalwriter.routes import register_all
from proposalwriter.services import services
from proposalwriter.store import usage_logs

logging.basicConfig(level=logging.DEBUG if settings.debug else logging.INFO)

USERS = {"dana": "changeme", "priya": "changeme", "marco": "changeme"}  # TODO: real auth


def _startup():
    services.start(settings)
    llm_tracker.sink = usage_logs


def _shutdown():
    services.stop()


app, rt = fast_app(
    before=bware,
    secret_key=settings.session_secret,
    exts="sse",
    pico=True,
    hdrs=(Script(src="https://unpkg.com/htmx-ext-sse@2.2.1/sse.js"),),
    on_startup=[_startup],
    on_shutdown=[_shutdown],
    debug=settings.debug,
)

register_all(app)


@rt("/login")
def get():
    return page("Log in", H2("Log in"), login_form())


@rt("/login")
def post(username: str, password: str, sess):
    if USERS.get(username) != password:
        return RedirectResponse("/login", status_code=303)
    sess["auth"] = username
    return RedirectResponse("/", status_code=303)


@app.get("/logout")
def logout(sess):
    sess.pop("auth", None)
    return RedirectResponse("/login", status_code=303)


@app.get("/healthz")
def healthz():
    return {"ok": True, "providers": services.available()}


@rt
def preferences(req, sess, provider: str = "", tone: str = ""):
    if provider:
        sess["preferred_model"] = provider
    if tone:
        sess["tone"] = tone
    return Button(f"Saved ({sess['preferred_model']}, {sess['tone']})", disabled=True)


if __name__ == "__main__":
    serve(port=5001)

"""Small admin API for the on-call data engineer (replays, smoke tests, usage)."""
from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Header, HTTPException

from workers import clients
from workers.app import broker
from workers.services.warehouse import JobRegistry
from workers.settings import settings


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.openai = clients.make_openai()
    app.state.anthropic = clients.make_anthropic()
    app.state.voyage = clients.make_voyage()
    app.state.grok = clients.make_grok_compat()
    app.state.jobs = JobRegistry()
    await broker.connect()
    try:
        yield
    finally:
        await broker.close()
        await app.state.openai.close()


def require_admin(x_admin_token: str = Header(...)) -> None:
    if x_admin_token != settings.admin_token.get_secret_value():
        raise HTTPException(status_code=401, detail="bad token")


api = FastAPI(title="de-workers admin", lifespan=lifespan, dependencies=[Depends(require_admin)])

from workers.admin import routes  # noqa: E402

api.include_router(routes.router, prefix="/admin")

"""Application entrypoint: FastAPI app with DBOS mounted on it."""
import logging
import os

from dbos import DBOS, DBOSConfig
from fastapi import FastAPI

from app.api.routes import router as api_router
from app.config import settings

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))

app = FastAPI(title="docflow", version="0.7.2")

config: DBOSConfig = {
    "name": "docflow",
    "database_url": settings.database_url,
    "system_database_url": settings.system_database_url,
    "log_level": os.environ.get("DBOS_LOG_LEVEL", "INFO"),
    "application_version": os.environ.get("GIT_SHA", "dev"),
}

DBOS(fastapi=app, config=config)

# Import workflow modules so their decorators register before launch.
import app.workflows.ingest  # noqa: E402,F401
import app.workflows.review  # noqa: E402,F401
import app.workflows.scheduled  # noqa: E402,F401

app.include_router(api_router)


@app.on_event("startup")
def _launch() -> None:
    DBOS.launch()


@app.get("/healthz")
def healthz() -> dict:
    return {"ok": True}

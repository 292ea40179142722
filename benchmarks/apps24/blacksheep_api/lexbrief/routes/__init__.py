from __future__ import annotations

from blacksheep import Application, Response, json
from blacksheep.server.routing import Router
from openai import AsyncOpenAI

from lexbrief import __version__
from lexbrief.clients import ProviderRegistry
from lexbrief.repositories import Database
from lexbrief.settings import Settings

router = Router()


@router.get("/health")
async def health() -> Response:
    return json({"status": "ok", "version": __version__})


@router.get("/ready")
async def ready(db: Database, registry: ProviderRegistry, settings: Settings) -> Response:
    missing = [name for name, key in vars(settings.keys).items() if not key]
    return json(
        {
            "db": db.pool is not None,
            "providers": registry.names(),
            "missing_keys": missing,
            "env": settings.env,
        },
        status=200 if db.pool is not None else 503,
    )


@router.get("/ready/azure")
async def azure_ready(app: Application, settings: Settings) -> Response:
    # Azure tenant is optional; construct lazily to validate config without calling it.
    if not settings.azure_openai_endpoint:
        return json({"azure": "disabled"})
    from openai import AsyncAzureOpenAI

    client = AsyncAzureOpenAI(azure_endpoint=settings.azure_openai_endpoint, api_version="2024-10-21")
    return json({"azure": "configured", "base_url": str(client.base_url)})


def openai_configured(app: Application) -> bool:
    return AsyncOpenAI in app.services


# route modules register themselves on import
from lexbrief.routes import quick, webhooks  # noqa: E402,F401

__all__ = ["router"]

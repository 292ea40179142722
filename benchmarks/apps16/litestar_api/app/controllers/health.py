from __future__ import annotations

import asyncio
import logging
from typing import Any, Dict

from litestar import get
from litestar.datastructures import State
from openai import AsyncAzureOpenAI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app import __version__
from app.clients.bedrock import get_bedrock_control
from app.config import get_settings

logger = logging.getLogger(__name__)


@get("/health", exclude_from_auth=True, cache=False, tags=["ops"])
async def health(db_session: AsyncSession) -> Dict[str, Any]:
    await db_session.execute(text("SELECT 1"))
    return {"status": "ok", "version": __version__}


@get("/health/models", tags=["ops"], cache=60)
async def model_health(azure: AsyncAzureOpenAI, state: State) -> Dict[str, Any]:
    """Checks credentials and that the configured deployments / models are reachable."""
    settings = get_settings()
    report: Dict[str, Any] = {}
    try:
        models = await azure.models.list()
        report["azure"] = {"ok": True, "models": len(models.data)}
    except Exception as exc:  # noqa: BLE001
        logger.warning("azure health failed: %s", exc)
        report["azure"] = {"ok": False, "error": type(exc).__name__}

    try:
        catalogue = await asyncio.to_thread(
            get_bedrock_control().list_foundation_models, byProvider="Anthropic", byInferenceType="ON_DEMAND"
        )
        available = {m["modelId"] for m in catalogue["modelSummaries"]}
        wanted = {settings.bedrock_claude_model_id.split(".", 1)[-1], settings.bedrock_haiku_model_id.split(".", 1)[-1]}
        report["bedrock"] = {"ok": wanted <= available, "missing": sorted(wanted - available)}
    except Exception as exc:  # noqa: BLE001
        report["bedrock"] = {"ok": False, "error": type(exc).__name__}

    report["queue"] = {"ok": getattr(state, "queue", None) is not None}
    return report

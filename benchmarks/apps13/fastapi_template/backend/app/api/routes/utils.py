import logging

from fastapi import APIRouter, Depends

from app.api.deps import AzureOpenAIDep, get_current_active_superuser
from app.core.config import settings
from app.models import Message

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/utils", tags=["utils"])


@router.get("/health-check/")
async def health_check() -> bool:
    return True


@router.get(
    "/ai-readiness/",
    dependencies=[Depends(get_current_active_superuser)],
)
def ai_readiness(azure: AzureOpenAIDep) -> dict:
    """Checks that the configured Azure deployments exist (no tokens spent)."""
    try:
        available = {m.id for m in azure.models.list()}
    except Exception as exc:  # noqa: BLE001
        logger.warning("azure readiness check failed: %s", exc)
        return {"azure_openai": False, "error": str(exc)}
    wanted = {
        settings.AZURE_OPENAI_CHAT_DEPLOYMENT,
        settings.AZURE_OPENAI_MINI_DEPLOYMENT,
    }
    return {"azure_openai": True, "missing": sorted(wanted - available)}


@router.post("/test-alert/", dependencies=[Depends(get_current_active_superuser)])
def test_alert() -> Message:
    from app.services.notifications import alert_ops

    alert_ops("test alert from /utils/test-alert", severity="info")
    return Message(message="sent")

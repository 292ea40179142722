import time

from anthropic import AsyncAnthropic
from fastapi import APIRouter, Depends, Request

from app.config import settings
from app.deps import get_genai_client, get_openai_client
from app.logging_config import get_logger

router = APIRouter(prefix="/admin", tags=["admin"])
log = get_logger(__name__)


@router.get("/health")
async def health(request: Request):
    started = time.monotonic()
    redis_ok = await request.app.state.redis.ping()
    return {"redis": bool(redis_ok), "latency_ms": int((time.monotonic() - started) * 1000)}


@router.get("/models")
async def available_models(
    openai_client=Depends(get_openai_client),
    genai_client=Depends(get_genai_client),
):
    """Populates the model picker in the admin console."""
    openai_models = [m.id async for m in openai_client.models.list() if m.id.startswith(("gpt-", "o"))]
    google_models = []
    async for model in await genai_client.aio.models.list():
        if "generateContent" in (model.supported_actions or []):
            google_models.append(model.name)
    return {"openai": sorted(openai_models), "google": sorted(google_models)}


@router.post("/keys/anthropic/verify")
async def verify_anthropic_key(payload: dict):
    """Ops paste a rotated key here before it goes into the secret store."""
    candidate = AsyncAnthropic(api_key=payload["api_key"], max_retries=0, timeout=15)
    try:
        await candidate.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=1,
            messages=[{"role": "user", "content": "ping"}],
        )
    except Exception as exc:  # noqa: BLE001 - we want any failure reported back
        log.warning("anthropic_key_verification_failed", error=type(exc).__name__)
        return {"valid": False, "error": type(exc).__name__}
    finally:
        await candidate.close()
    return {"valid": True, "default_model": settings.summary_model}

"""/healthz and /readyz for the load balancer and the on-call dashboard."""
from __future__ import annotations

import time
from typing import Callable, Dict

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from common.clients import get_genai, get_mistral, get_openai
from common.logging_setup import get_logger

log = get_logger(__name__)
router = APIRouter()


def _check_openai() -> None:
    # listing models is free and proves the key works
    get_openai().models.list()


def _check_mistral() -> None:
    get_mistral().models.list()


def _check_gemini() -> None:
    # models.list on the Gemini API doesn't exercise quota, and we've had keys with
    # exhausted quota that still listed fine; a one-token generation catches that.
    get_genai().models.generate_content(model="gemini-2.5-flash-lite", contents="ping")


CHECKS: Dict[str, Callable[[], None]] = {
    "openai": _check_openai,
    "mistral": _check_mistral,
    "gemini": _check_gemini,
}


@router.get("/healthz")
def healthz():
    return {"status": "ok"}


@router.get("/readyz")
def readyz(deep: bool = False):
    if not deep:
        return {"status": "ok"}
    results = {}
    ok = True
    for name, check in CHECKS.items():
        started = time.perf_counter()
        try:
            check()
            results[name] = {"ok": True, "ms": round((time.perf_counter() - started) * 1000)}
        except Exception as exc:  # noqa: BLE001
            ok = False
            log.warning("readiness_check_failed", provider=name, error=str(exc))
            results[name] = {"ok": False, "error": type(exc).__name__}
    return JSONResponse(results, status_code=200 if ok else 503)

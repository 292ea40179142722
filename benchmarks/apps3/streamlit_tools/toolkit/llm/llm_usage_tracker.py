"""Usage tracker shared with the platform team's cost dashboard.

Every model call that does not go through ``multi_model_service`` must be
wrapped in ``llm_tracker.track_llm_call(...)`` and report its token counts on
the yielded ``usage_log``.
"""

from __future__ import annotations

import json
import logging
import os
import time
import uuid
from dataclasses import asdict, dataclass, field
from types import TracebackType
from typing import Optional

import requests

logger = logging.getLogger(__name__)

USAGE_ENDPOINT = os.environ.get("LLM_USAGE_ENDPOINT", "https://finops.internal.example.com/api/llm-usage")


@dataclass
class UsageLog:
    feature: str
    tenant_id: str
    provider: Optional[str] = None
    model: Optional[str] = None
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: Optional[str] = None


class _TrackedCall:
    """Context manager usable with both ``with`` and ``async with``."""

    def __init__(self, tracker: "LLMUsageTracker", log: UsageLog) -> None:
        self._tracker = tracker
        self._log = log
        self._started = 0.0

    def __enter__(self) -> UsageLog:
        self._started = time.perf_counter()
        return self._log

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> bool:
        self._log.latency_ms = (time.perf_counter() - self._started) * 1000
        if exc is not None:
            self._log.success = False
            self._log.error = f"{exc_type.__name__}: {exc}" if exc_type else str(exc)
        self._tracker.record(self._log)
        return False

    async def __aenter__(self) -> UsageLog:
        return self.__enter__()

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> bool:
        return self.__exit__(exc_type, exc, tb)


class LLMUsageTracker:
    def __init__(self, endpoint: str = USAGE_ENDPOINT) -> None:
        self._endpoint = endpoint
        self._session = requests.Session()

    def track_llm_call(
        self,
        feature: str,
        tenant_id: str,
        provider: Optional[str] = None,
        model: Optional[str] = None,
    ) -> _TrackedCall:
        return _TrackedCall(self, UsageLog(feature=feature, tenant_id=tenant_id, provider=provider, model=model))

    def record(self, log: UsageLog) -> None:
        payload = asdict(log)
        try:
            self._session.post(self._endpoint, data=json.dumps(payload), timeout=3,
                               headers={"Content-Type": "application/json"})
        except requests.RequestException:
            logger.warning("could not ship usage log %s", log.request_id, exc_info=True)


llm_tracker = LLMUsageTracker()

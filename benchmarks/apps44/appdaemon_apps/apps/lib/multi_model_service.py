"""Client for the finops LLM gateway (the tracked path).

The gateway picks the model from task_type/complexity, calls the provider and records usage,
so nothing here talks to a provider directly.
"""
import enum
import logging

import httpx

from . import settings

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


class MultiModelService:
    def __init__(self, base_url=settings.LLM_GATEWAY_URL, timeout=60.0):
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout

    async def generate_response(self, prompt, task_type="chat", complexity=TaskComplexity.SIMPLE,
                                system=None, feature_context="appdaemon", max_tokens=400):
        body = {
            "prompt": prompt,
            "task_type": task_type,
            "complexity": TaskComplexity(complexity).value,
            "system": system,
            "feature_context": feature_context,
            "max_tokens": max_tokens,
        }
        async with httpx.AsyncClient(timeout=self._timeout) as http:
            resp = await http.post(f"{self._base_url}/v1/generate", json=body)
            resp.raise_for_status()
            data = resp.json()
        log.debug("gateway picked %s (%s tokens)", data.get("model"), data.get("total_tokens"))
        return data["text"]

    async def health(self):
        async with httpx.AsyncClient(timeout=5) as http:
            resp = await http.get(f"{self._base_url}/healthz")
            return resp.status_code == 200


multi_model_service = MultiModelService()

"""Client for the team's usage gateway.

The gateway picks the model for a task, calls it and records the usage.  The
add-on only sends prompts; it never sees provider keys on this path.
"""
from __future__ import annotations

import enum
import json
import urllib.request
from dataclasses import dataclass
from typing import Any, Dict, Optional

from . import config


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass
class GatewayResponse:
    content: str
    model: str
    input_tokens: int
    output_tokens: int


class MultiModelService:
    def __init__(self, base_url: Optional[str] = None) -> None:
        self._base_url = base_url

    @property
    def base_url(self) -> str:
        return (self._base_url or config.get("gateway_url") or "http://127.0.0.1:8765").rstrip("/")

    def _post(self, path: str, payload: Dict[str, Any]) -> Dict[str, Any]:
        req = urllib.request.Request(
            self.base_url + path,
            data=json.dumps(payload).encode("utf-8"),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(req, timeout=90) as resp:
            return json.loads(resp.read().decode("utf-8"))

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system_prompt: Optional[str] = None,
        **extra: Any,
    ) -> GatewayResponse:
        import asyncio

        payload = {
            "prompt": prompt,
            "task_type": task_type,
            "complexity": complexity.value,
            "system_prompt": system_prompt,
            "client": "anki-addon",
            **extra,
        }
        data = await asyncio.to_thread(self._post, "/v1/generate", payload)
        return GatewayResponse(
            content=data["content"],
            model=data.get("model", ""),
            input_tokens=data.get("usage", {}).get("input_tokens", 0),
            output_tokens=data.get("usage", {}).get("output_tokens", 0),
        )

    def health(self) -> bool:
        try:
            with urllib.request.urlopen(self.base_url + "/health", timeout=3) as resp:
                return resp.status == 200
        except OSError:
            return False


multi_model_service = MultiModelService()

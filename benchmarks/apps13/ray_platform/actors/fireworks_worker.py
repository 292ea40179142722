import logging
import time
from typing import Dict, List, Optional

import ray

from inference.clients import get_fireworks

logger = logging.getLogger(__name__)


@ray.remote(num_cpus=0.25, max_restarts=3, max_task_retries=2)
class FireworksWorker:
    """Long-lived worker so the HTTP connection pool survives between tasks."""

    def __init__(self, model: str, max_tokens: int = 512):
        self._client = get_fireworks()
        self._model = model
        self._max_tokens = max_tokens
        self._served = 0

    def ready(self) -> bool:
        return True

    def complete(self, prompt: str, stop: Optional[List[str]] = None) -> Dict:
        started = time.monotonic()
        resp = self._client.completions.create(
            model=self._model,
            prompt=prompt,
            max_tokens=self._max_tokens,
            temperature=0.0,
            stop=stop,
        )
        self._served += 1
        return {
            "text": resp.choices[0].text,
            "latency_s": time.monotonic() - started,
            "output_tokens": resp.usage.completion_tokens if resp.usage else None,
        }

    def chat(self, item: Dict) -> Dict:
        resp = self._client.chat.completions.create(
            model=self._model,
            messages=item["messages"],
            max_tokens=self._max_tokens,
            temperature=item.get("temperature", 0.0),
        )
        self._served += 1
        return {"id": item["id"], "answer": resp.choices[0].message.content}

    def stats(self) -> Dict[str, int]:
        return {"served": self._served}

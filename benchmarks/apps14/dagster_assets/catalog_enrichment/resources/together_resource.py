"""Together AI over plain HTTP.

We call Together's OpenAI-compatible REST API with requests instead of pulling in
another SDK; the translation assets only need chat completions.
"""
from typing import Any, Dict, List, Optional

import requests
from dagster import ConfigurableResource

from ..errors import ProviderResponseError, TransientProviderError
from ..settings import MODELS


class TogetherResource(ConfigurableResource):
    api_key: str
    base_url: str = "https://api.together.xyz/v1"
    model: str = MODELS.together_translation
    timeout_seconds: float = 120.0

    def session(self) -> requests.Session:
        session = requests.Session()
        session.headers.update(
            {
                "Authorization": f"Bearer {self.api_key}",
                "Content-Type": "application/json",
                "User-Agent": "catalog-enrichment/dagster",
            }
        )
        return session

    def chat(self, messages: List[Dict[str, str]], model: Optional[str] = None, **params: Any) -> Dict[str, Any]:
        payload = {"model": model or self.model, "messages": messages, **params}
        resp = self.session().post(f"{self.base_url}/chat/completions", json=payload, timeout=self.timeout_seconds)
        if resp.status_code in (429, 500, 502, 503):
            raise TransientProviderError(f"together {resp.status_code}")
        if resp.status_code != 200:
            raise ProviderResponseError("together", f"HTTP {resp.status_code}", resp.text)
        return resp.json()

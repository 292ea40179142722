"""Generic OpenAI-compatible HTTP endpoint (Fireworks today, vLLM later).

We talk to it with the shared urllib3 pool instead of pulling in another SDK;
the Lambda package size limit is already tight.
"""
import json
import logging

from chalicelib.clients import http_pool
from chalicelib.config import get_secret, settings
from chalicelib.providers.base import Completion, LLMProvider, ProviderError

logger = logging.getLogger(__name__)


class HTTPProvider(LLMProvider):
    name = "http"

    def __init__(self, url: str | None = None, api_key_name: str = "inference_api_key"):
        self.url = url or settings.inference_url
        self.default_model = settings.inference_model
        self._api_key_name = api_key_name

    def _headers(self) -> dict:
        return {
            "Authorization": f"Bearer {get_secret(self._api_key_name)}",
            "Content-Type": "application/json",
        }

    def complete(self, messages, model=None, system=None, max_tokens=1024, temperature=0.2):
        if system:
            messages = [{"role": "system", "content": system}, *messages]
        payload = {
            "model": model or self.default_model,
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": temperature,
        }
        resp = http_pool.request(
            "POST",
            self.url,
            body=json.dumps(payload).encode("utf-8"),
            headers=self._headers(),
        )
        if resp.status >= 400:
            logger.error("inference endpoint returned %s: %s", resp.status, resp.data[:500])
            raise ProviderError(self.name, f"HTTP {resp.status}", resp.status)
        data = json.loads(resp.data)
        usage = data.get("usage") or {}
        return Completion(
            text=data["choices"][0]["message"]["content"],
            model=data.get("model", payload["model"]),
            provider=self.name,
            input_tokens=usage.get("prompt_tokens", 0),
            output_tokens=usage.get("completion_tokens", 0),
        )

    def health(self) -> dict:
        # GET on the models endpoint; no tokens spent
        base = self.url.rsplit("/chat/completions", 1)[0]
        resp = http_pool.request("GET", f"{base}/models", headers=self._headers())
        return {"provider": self.name, "ok": resp.status == 200}

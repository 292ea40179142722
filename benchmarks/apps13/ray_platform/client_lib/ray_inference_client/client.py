import os
import time
from typing import Any, Dict, Iterator, List, Optional

import requests

DEFAULT_BASE_URL = "http://inference.internal.svc.cluster.local:8000"
_RETRY_STATUSES = {429, 502, 503, 504}


class InferenceAPIError(RuntimeError):
    def __init__(self, status: int, payload: Any):
        super().__init__(f"inference API returned {status}: {payload}")
        self.status = status
        self.payload = payload


class InferenceClient:
    """Talks to the platform gateway only; it never holds vendor keys."""

    def __init__(
        self,
        team: str,
        base_url: Optional[str] = None,
        timeout: float = 60.0,
        retries: int = 3,
        session: Optional[requests.Session] = None,
    ):
        self._base_url = (base_url or os.environ.get("INFERENCE_API_URL", DEFAULT_BASE_URL)).rstrip("/")
        self._timeout = timeout
        self._retries = retries
        self._session = session or requests.Session()
        self._session.headers.update({"X-Team": team, "User-Agent": "ray-inference-client/0.9"})

    def _post(self, path: str, body: Dict[str, Any], stream: bool = False) -> requests.Response:
        last: Optional[requests.Response] = None
        for attempt in range(self._retries + 1):
            resp = self._session.post(
                f"{self._base_url}{path}", json=body, timeout=self._timeout, stream=stream
            )
            if resp.status_code not in _RETRY_STATUSES:
                break
            last = resp
            time.sleep(min(2 ** attempt, 10))
        else:
            resp = last  # type: ignore[assignment]
        if resp.status_code >= 400:
            try:
                payload = resp.json()
            except ValueError:
                payload = resp.text
            raise InferenceAPIError(resp.status_code, payload)
        return resp

    def chat(
        self,
        messages: List[Dict[str, str]],
        provider: str = "together",
        model: Optional[str] = None,
        max_tokens: int = 512,
        temperature: float = 0.2,
    ) -> Dict[str, Any]:
        body = {
            "provider": provider,
            "model": model,
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": temperature,
        }
        return self._post("/v1/chat", body).json()

    def stream_chat(self, messages: List[Dict[str, str]], provider: str = "together",
                    model: Optional[str] = None, max_tokens: int = 512) -> Iterator[str]:
        body = {"provider": provider, "model": model, "messages": messages,
                "max_tokens": max_tokens, "stream": True}
        resp = self._post("/v1/chat", body, stream=True)
        for chunk in resp.iter_content(chunk_size=None, decode_unicode=True):
            if chunk:
                yield chunk

    def completion(self, prompt: str, **kwargs: Any) -> str:
        """Convenience wrapper kept for callers of the 0.x client."""
        out = self.chat([{"role": "user", "content": prompt}], **kwargs)
        return out["content"]

    def embed(self, texts: List[str], provider: str = "cohere",
              input_type: str = "search_document") -> List[List[float]]:
        body = {"provider": provider, "texts": texts, "input_type": input_type}
        return self._post("/v1/embed", body).json()["embeddings"]

    def rerank(self, query: str, documents: List[str], top_n: int = 10,
               provider: str = "cohere") -> List[Dict[str, Any]]:
        body = {"provider": provider, "query": query, "documents": documents, "top_n": top_n}
        return self._post("/v1/rerank", body).json()["results"]

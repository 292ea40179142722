"""
SDK-free calls used by the slim `ingest-lite` worker image (no openai /
voyageai wheels, keeps the image under 150MB) and by the PDF preview
lambda which shares this module.
"""
import logging

import requests
from django.conf import settings

from common.exceptions import AIServiceError
from common.http import build_session

from .clients import VOYAGE_EMBEDDINGS_URL

logger = logging.getLogger(__name__)

_session = build_session(retries=4, backoff=1.0, timeout=45)


def bearer(token):
    return {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}


def _azure_chat_url(deployment_name):
    base = settings.AZURE_OPENAI_ENDPOINT.rstrip("/")
    return (
        f"{base}/openai/deployments/{deployment_name}/chat/completions"
        f"?api-version={settings.AZURE_OPENAI_API_VERSION}"
    )


def voyage_embed_http(texts, input_type="document", model=None):
    resp = _session.post(
        VOYAGE_EMBEDDINGS_URL,
        headers=bearer(settings.VOYAGE_API_KEY),
        json={"input": texts, "model": model or settings.VOYAGE_EMBED_MODEL, "input_type": input_type},
    )
    if resp.status_code != 200:
        raise AIServiceError(f"voyage HTTP {resp.status_code}: {resp.text[:200]}", provider="voyage")
    body = resp.json()
    logger.debug("voyage usage %s", body.get("usage"))
    return [row["embedding"] for row in body["data"]]


def azure_chat_http(deployment_name, messages, max_tokens=600, temperature=0.2):
    """Plain REST call against the Azure deployment; returns (text, usage)."""
    resp = requests.post(
        _azure_chat_url(deployment_name),
        headers={"api-key": settings.AZURE_OPENAI_API_KEY, "Content-Type": "application/json"},
        json={"messages": messages, "max_tokens": max_tokens, "temperature": temperature},
        timeout=60,
    )
    try:
        resp.raise_for_status()
    except requests.HTTPError as exc:
        raise AIServiceError(str(exc), provider="azure", retryable=resp.status_code >= 500) from exc
    data = resp.json()
    return data["choices"][0]["message"]["content"], data.get("usage", {})

"""Raw REST access to Azure OpenAI (v1 API, before we adopted the SDK).

Still used by the /v1/complete endpoint because one customer integration
depends on the exact error payloads it returns.
"""

from __future__ import annotations

import logging
import os
from typing import Any, Dict, List, Optional

import openai
import requests

logger = logging.getLogger(__name__)

API_VERSION = os.environ.get("AZURE_OPENAI_API_VERSION", "2024-06-01")


class AzureRestError(RuntimeError):
    def __init__(self, status: int, body: str) -> None:
        super().__init__(f"Azure OpenAI returned {status}: {body[:300]}")
        self.status = status
        self.body = body


def _base() -> str:
    endpoint = os.environ.get("AZURE_OPENAI_ENDPOINT", "").rstrip("/")
    if not endpoint:
        raise AzureRestError(500, "AZURE_OPENAI_ENDPOINT not configured")
    return endpoint


def _headers() -> Dict[str, str]:
    return {
        "api-key": os.environ.get("AZURE_OPENAI_API_KEY", ""),
        "Content-Type": "application/json",
    }


def list_deployments() -> List[str]:
    url = f"{_base()}/openai/deployments?api-version=2022-12-01"
    resp = requests.get(url, headers=_headers(), timeout=15)
    resp.raise_for_status()
    return [d["id"] for d in resp.json().get("data", [])]


def chat_completion_rest(deployment: str, messages: List[Dict[str, Any]],
                         temperature: float = 0.3, max_tokens: int = 512,
                         user: Optional[str] = None) -> Dict[str, Any]:
    url = f"{_base()}/openai/deployments/{deployment}/chat/completions?api-version={API_VERSION}"
    payload: Dict[str, Any] = {
        "messages": messages,
        "temperature": temperature,
        "max_tokens": max_tokens,
    }
    if user:
        payload["user"] = user
    resp = requests.post(url, headers=_headers(), json=payload, timeout=60)
    if resp.status_code != 200:
        logger.error("Azure OpenAI REST call failed: %s", resp.status_code)
        raise AzureRestError(resp.status_code, resp.text)
    return resp.json()


# ---------------------------------------------------------------------------
# Module-level ``openai`` configuration for Azure, from the 0.28 -> 1.x migration.
# The migration script rewrote ``openai.ChatCompletion.create(engine=...)`` to the
# 1.x module client.  Half of the call sites were later moved to
# ``shared_code.clients``; the rest still import ``legacy_chat`` from here.
# ---------------------------------------------------------------------------
openai.api_type = "azure"
openai.azure_endpoint = os.environ.get("AZURE_OPENAI_ENDPOINT", "")
openai.api_key = os.environ.get("AZURE_OPENAI_API_KEY", "")
openai.api_version = API_VERSION

LEGACY_DEPLOYMENT = os.environ.get("AZURE_OPENAI_LEGACY_DEPLOYMENT", "gpt-35-turbo-legacy")


def legacy_chat(messages: List[Dict[str, str]], temperature: float = 0.7) -> str:
    # NOTE: was openai.ChatCompletion.create(engine=LEGACY_DEPLOYMENT, ...)
    response = openai.chat.completions.create(
        model=LEGACY_DEPLOYMENT,
        messages=messages,
        temperature=temperature,
    )
    return response.choices[0].message.content or ""

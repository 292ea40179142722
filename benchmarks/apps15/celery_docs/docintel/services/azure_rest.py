"""Plain-REST access to Azure OpenAI and watsonx.

Written before we were allowed to add the SDKs to the base image; still used
by the claim-letter fallback and the admin "raw" tab because it lets us pass
preview parameters the SDKs don't know about yet.
"""
import logging
import time
from typing import Any, Dict, List, Optional

import requests

from docintel.core.settings import settings

log = logging.getLogger(__name__)

_IAM_URL = "https://iam.cloud.ibm.com/identity/token"
_token_cache: Dict[str, Any] = {"token": None, "expires": 0.0}

_session = requests.Session()


def _iam_token() -> str:
    now = time.time()
    if _token_cache["token"] and _token_cache["expires"] - 60 > now:
        return _token_cache["token"]
    resp = requests.post(
        _IAM_URL,
        data={"grant_type": "urn:ibm:params:oauth:grant-type:apikey", "apikey": settings.watsonx_api_key},
        headers={"Accept": "application/json"},
        timeout=15,
    )
    resp.raise_for_status()
    payload = resp.json()
    _token_cache.update(token=payload["access_token"], expires=now + int(payload.get("expires_in", 3600)))
    return payload["access_token"]


def azure_chat(messages: List[Dict[str, str]], deployment: Optional[str] = None, **extra: Any) -> Dict[str, Any]:
    deployment = deployment or settings.azure_chat_deployment
    url = (
        f"{settings.azure_openai_endpoint.rstrip('/')}/openai/deployments/{deployment}"
        f"/chat/completions?api-version={settings.azure_openai_api_version}"
    )
    payload = {"messages": messages, "temperature": 0.1, **extra}
    resp = _session.post(
        url,
        headers={"api-key": settings.azure_openai_api_key or "", "Content-Type": "application/json"},
        json=payload,
        timeout=90,
    )
    if resp.status_code == 429:
        retry_after = resp.headers.get("retry-after-ms") or resp.headers.get("retry-after")
        log.warning("azure 429 on %s (retry-after=%s)", deployment, retry_after)
    resp.raise_for_status()
    return resp.json()


def watsonx_generate(prompt: str, model_id: Optional[str] = None, max_new_tokens: int = 800) -> str:
    body = {
        "model_id": model_id or settings.watsonx_summary_model,
        "project_id": settings.watsonx_project_id,
        "input": prompt,
        "parameters": {"decoding_method": "greedy", "max_new_tokens": max_new_tokens},
    }
    resp = requests.post(
        f"{settings.watsonx_url}/ml/v1/text/generation?version=2024-05-01",
        headers={"Authorization": f"Bearer {_iam_token()}", "Accept": "application/json"},
        json=body,
        timeout=120,
    )
    resp.raise_for_status()
    result = resp.json()["results"][0]
    log.debug("watsonx tokens in=%s out=%s", result.get("input_token_count"), result.get("generated_token_count"))
    return result["generated_text"]

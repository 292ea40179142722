"""Pre-0.4 helpers. Still imported by the config-diff script and one template extension.

Do not add new callers; use multi_model_service.
"""
import logging

import openai
import requests
from django.conf import settings

logger = logging.getLogger("netbox.plugins.netbox_ai_assist.legacy")

_cfg = settings.PLUGINS_CONFIG.get("netbox_ai_assist", {})
openai.api_key = _cfg.get("openai_api_key")

OPENAI_CHAT_URL = "https://api.openai.com/v1/chat/completions"


def ask(question, context="", model="gpt-4o-mini"):
    response = openai.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "Answer using the NetBox context.\n\n" + context},
            {"role": "user", "content": question},
        ],
    )
    return response.choices[0].message.content


def ask_raw(question, model="gpt-4o-mini", timeout=30):
    """Kept for the air-gapped proxy which strips the SDK user agent."""
    headers = {
        "Authorization": f"Bearer {_cfg.get('openai_api_key')}",
        "Content-Type": "application/json",
    }
    proxy = _cfg.get("http_proxy")
    r = requests.post(
        OPENAI_CHAT_URL,
        headers=headers,
        json={"model": model, "messages": [{"role": "user", "content": question}]},
        proxies={"https": proxy} if proxy else None,
        timeout=timeout,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def short_description(obj):
    return ask(f"Describe this object in one sentence: {obj!r}")

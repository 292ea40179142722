"""Classify syslog lines.

Cloud path: Mistral (cheap, JSON mode).  On-prem path: Ollama, for sites
whose logs may not leave the building (see LOCAL_ONLY_TENANTS).
"""

import json
import logging
import re

import ollama

from nautobot_ai.app_settings import get_setting
from nautobot_ai.llm import get_ollama_client
from nautobot_ai.llm.prompts import SYSLOG_CATEGORIES, SYSLOG_SYSTEM

logger = logging.getLogger(__name__)

LOCAL_ONLY_TENANTS = {"eu-gov", "healthcare"}

_NOISE = [
    re.compile(r"%SYS-5-CONFIG_I"),
    re.compile(r"%SEC_LOGIN-5-LOGIN_SUCCESS"),
    re.compile(r"Accepted publickey for"),
]


def prefilter(lines):
    """Drop lines we know are noise before paying for them."""
    keep, dropped = [], 0
    for line in lines:
        if any(p.search(line) for p in _NOISE):
            dropped += 1
            continue
        keep.append(line)
    return keep, dropped


def _parse(content, count):
    results = []
    for raw in content.strip().splitlines():
        try:
            item = json.loads(raw)
        except json.JSONDecodeError:
            continue
        if item.get("category") not in SYSLOG_CATEGORIES:
            item["category"] = "noise"
        results.append(item)
    while len(results) < count:
        results.append({"category": "noise", "severity": "info", "confidence": 0.0})
    return results[:count]


def classify_batch(client, lines, model=None):
    """Classify with a Mistral client (mistralai.Mistral) passed in by the caller."""
    if not lines:
        return []
    res = client.chat.complete(
        model=model or get_setting("mistral_model", "mistral-small-latest"),
        messages=[
            {"role": "system", "content": SYSLOG_SYSTEM},
            {"role": "user", "content": "\n".join(lines)},
        ],
        temperature=0,
    )
    return _parse(res.choices[0].message.content, len(lines))


async def classify_batch_async(client, lines, model=None):
    res = await client.chat.complete_async(
        model=model or get_setting("mistral_model", "mistral-small-latest"),
        messages=[{"role": "system", "content": SYSLOG_SYSTEM}, {"role": "user", "content": "\n".join(lines)}],
        temperature=0,
    )
    return _parse(res.choices[0].message.content, len(lines))


def classify_local(lines, model=None):
    """On-prem classification through the default Ollama host (OLLAMA_HOST env)."""
    response = ollama.chat(
        model=model or get_setting("ollama_model", "llama3.1:8b"),
        messages=[
            {"role": "system", "content": SYSLOG_SYSTEM},
            {"role": "user", "content": "\n".join(lines)},
        ],
        options={"temperature": 0},
    )
    return _parse(response["message"]["content"], len(lines))


def embed_lines(lines):
    """Embeddings for clustering similar messages in the UI."""
    client = get_ollama_client()
    return client.embed(model="nomic-embed-text", input=lines)["embeddings"]


def local_model_available(model=None):
    wanted = model or get_setting("ollama_model", "llama3.1:8b")
    try:
        models = ollama.list()
    except Exception:  # pylint: disable=broad-except
        return False
    return any(m.get("model", m.get("name")) == wanted for m in models.get("models", []))

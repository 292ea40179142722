"""Typed-ish helpers around kopf's memo.

The startup handler fills these keys; handlers read them. Older handlers still
use ``memo.bedrock`` etc. directly - new code should go through these helpers.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import kopf

if TYPE_CHECKING:
    from aiops_operator.config import OperatorConfig
    from aiops_operator.providers import ProviderRegistry

MEMO_KEYS = (
    "config",
    "bedrock",
    "bedrock_agents",
    "genai",
    "mistral",
    "watsonx",
    "watsonx_chat",
    "router",
    "registry",
    "job_semaphore",
)


class ProviderNotConfigured(kopf.PermanentError):
    pass


def config(memo: kopf.Memo) -> "OperatorConfig":
    return memo["config"]


def registry(memo: kopf.Memo) -> "ProviderRegistry":
    return memo["registry"]


def require(memo: kopf.Memo, key: str) -> Any:
    value = memo.get(key)
    if value is None:
        raise ProviderNotConfigured(f"{key} client is not configured in this cluster")
    return value

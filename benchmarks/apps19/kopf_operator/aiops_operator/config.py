"""Operator settings.

Values are read from the environment first and can then be overridden by the
``aiops-operator-config`` ConfigMap (see ``handlers/timers.py::reload_config``).
"""
from __future__ import annotations

import dataclasses
import logging
import os
from typing import Any, Mapping

logger = logging.getLogger(__name__)


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.getenv(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.getenv(name, default))
    except (TypeError, ValueError):
        logger.warning("invalid integer in %s, using %s", name, default)
        return default


@dataclasses.dataclass
class OperatorConfig:
    namespace: str = "ml-platform"
    aws_region: str = "eu-west-1"
    gcp_project: str = ""
    gcp_location: str = "europe-west4"
    mistral_api_key: str = ""
    watsonx_url: str = "https://eu-de.ml.cloud.ibm.com"
    watsonx_api_key: str = ""
    watsonx_project_id: str = ""
    litellm_proxy_url: str = ""
    litellm_master_key: str = ""

    default_provider: str = "litellm"
    default_model: str = "gpt-4o-mini"
    probe_interval_seconds: int = 300
    probe_enabled: bool = True
    webhook_moderation: bool = True
    guardrail_id: str = ""
    guardrail_version: str = "DRAFT"
    knowledge_base_id: str = ""
    max_concurrent_jobs: int = 4
    dev_mode: bool = False

    # model aliases that platform users may put in spec.model
    model_aliases: dict[str, str] = dataclasses.field(default_factory=dict)

    @classmethod
    def from_env(cls) -> "OperatorConfig":
        return cls(
            namespace=os.getenv("AIOPS_NAMESPACE", "ml-platform"),
            aws_region=os.getenv("AWS_REGION", "eu-west-1"),
            gcp_project=os.getenv("GOOGLE_CLOUD_PROJECT", ""),
            gcp_location=os.getenv("GOOGLE_CLOUD_LOCATION", "europe-west4"),
            mistral_api_key=os.getenv("MISTRAL_API_KEY", ""),
            watsonx_url=os.getenv("WATSONX_URL", "https://eu-de.ml.cloud.ibm.com"),
            watsonx_api_key=os.getenv("WATSONX_APIKEY", ""),
            watsonx_project_id=os.getenv("WATSONX_PROJECT_ID", ""),
            litellm_proxy_url=os.getenv("LITELLM_PROXY_URL", ""),
            litellm_master_key=os.getenv("LITELLM_MASTER_KEY", ""),
            default_provider=os.getenv("AIOPS_DEFAULT_PROVIDER", "litellm"),
            default_model=os.getenv("AIOPS_DEFAULT_MODEL", "gpt-4o-mini"),
            probe_interval_seconds=_env_int("AIOPS_PROBE_INTERVAL", 300),
            probe_enabled=_env_bool("AIOPS_PROBE_ENABLED", True),
            webhook_moderation=_env_bool("AIOPS_WEBHOOK_MODERATION", True),
            guardrail_id=os.getenv("AIOPS_GUARDRAIL_ID", ""),
            guardrail_version=os.getenv("AIOPS_GUARDRAIL_VERSION", "DRAFT"),
            knowledge_base_id=os.getenv("AIOPS_KNOWLEDGE_BASE_ID", ""),
            max_concurrent_jobs=_env_int("AIOPS_MAX_CONCURRENT_JOBS", 4),
            dev_mode=_env_bool("AIOPS_DEV"),
        )

    def overlay(self, data: Mapping[str, Any]) -> "OperatorConfig":
        """Return a copy with ConfigMap keys applied.

        ConfigMap data is always strings; coerce to the field's type.
        Unknown keys are logged and ignored so a typo never crashes the operator.
        """
        fields = {f.name: f for f in dataclasses.fields(self)}
        changes: dict[str, Any] = {}
        for key, raw in data.items():
            attr = key.replace("-", "_")
            if attr == "model_aliases":
                changes[attr] = _parse_aliases(raw)
                continue
            field = fields.get(attr)
            if field is None:
                logger.warning("ignoring unknown config key %r", key)
                continue
            if attr.endswith("api_key") or attr.endswith("master_key"):
                # secrets never come from the ConfigMap
                logger.warning("refusing to read secret %r from ConfigMap", key)
                continue
            if field.type in ("int", int):
                changes[attr] = int(raw)
            elif field.type in ("bool", bool):
                changes[attr] = str(raw).lower() in {"1", "true", "yes", "on"}
            else:
                changes[attr] = raw
        return dataclasses.replace(self, **changes)

    def resolve_model(self, model: str | None) -> str:
        if not model:
            return self.default_model
        return self.model_aliases.get(model, model)


def _parse_aliases(raw: str) -> dict[str, str]:
    aliases = {}
    for line in str(raw).splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        alias, _, target = line.partition("=")
        aliases[alias.strip()] = target.strip()
    return aliases

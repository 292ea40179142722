import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, Optional


def _env(name: str, default: Optional[str] = None) -> Optional[str]:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value


def _env_int(name: str, default: int) -> int:
    raw = _env(name)
    try:
        return int(raw) if raw is not None else default
    except ValueError:
        return default


@dataclass(frozen=True)
class ProviderKeys:
    together: Optional[str] = None
    fireworks: Optional[str] = None
    fireworks_account: Optional[str] = None
    mistral: Optional[str] = None
    cohere: Optional[str] = None
    watsonx: Optional[str] = None
    watsonx_project: Optional[str] = None
    replicate: Optional[str] = None


@dataclass(frozen=True)
class Settings:
    env: str = "dev"
    keys: ProviderKeys = field(default_factory=ProviderKeys)
    request_timeout_s: float = 60.0
    max_retries: int = 3
    default_chat_model: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    default_embed_model: str = "embed-v4.0"
    default_rerank_model: str = "rerank-v3.5"
    fireworks_chat_model: str = "accounts/fireworks/models/llama-v3p1-70b-instruct"
    mistral_chat_model: str = "mistral-large-latest"
    watsonx_chat_model: str = "ibm/granite-3-8b-instruct"
    watsonx_embed_model: str = "ibm/slate-125m-english-rtrvr-v2"
    watsonx_rerank_model: str = "cross-encoder/ms-marco-minilm-l-12-v2"
    image_model: str = "black-forest-labs/flux-schnell"
    results_bucket: str = "acme-ml-inference-results"
    team_quotas: Dict[str, int] = field(default_factory=dict)

    @property
    def is_prod(self) -> bool:
        return self.env == "prod"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    keys = ProviderKeys(
        together=_env("TOGETHER_API_KEY"),
        fireworks=_env("FIREWORKS_API_KEY"),
        fireworks_account=_env("FIREWORKS_ACCOUNT_ID", "acme-ml"),
        mistral=_env("MISTRAL_API_KEY"),
        cohere=_env("CO_API_KEY"),
        watsonx=_env("WATSONX_APIKEY"),
        watsonx_project=_env("WATSONX_PROJECT_ID"),
        replicate=_env("REPLICATE_API_TOKEN"),
    )
    return Settings(
        env=_env("PLATFORM_ENV", "dev"),
        keys=keys,
        request_timeout_s=float(_env("VENDOR_TIMEOUT_S", "60")),
        max_retries=_env_int("VENDOR_MAX_RETRIES", 3),
        results_bucket=_env("RESULTS_BUCKET", "acme-ml-inference-results"),
    )

"""Runtime settings, read from the environment (and an optional .env in the CWD)."""
from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

DEFAULT_VLLM_BASE_URL = "http://vllm-labeling.ml-platform.svc.cluster.local:8000/v1"


def _load_dotenv(path: Path) -> None:
    if not path.is_file():
        return
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        os.environ.setdefault(key.strip(), value.strip().strip('"').strip("'"))


def _env(name: str, default: Optional[str] = None) -> Optional[str]:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


@dataclass(frozen=True)
class Settings:
    environment: str = "dev"
    log_level: str = "INFO"

    aws_profile: Optional[str] = None
    aws_region: str = "us-east-1"
    bedrock_region: str = "us-west-2"
    bedrock_batch_role_arn: Optional[str] = None
    results_bucket: str = "mlp-labelkit-results-dev"

    together_api_key: Optional[str] = None
    fireworks_api_key: Optional[str] = None
    hf_token: Optional[str] = None
    hf_provider: str = "auto"
    replicate_api_token: Optional[str] = None

    watsonx_url: str = "https://us-south.ml.cloud.ibm.com"
    watsonx_api_key: Optional[str] = None
    watsonx_project_id: Optional[str] = None

    vllm_base_url: str = DEFAULT_VLLM_BASE_URL
    vllm_api_key: str = "EMPTY"

    slack_webhook_url: Optional[str] = None
    labelstudio_url: Optional[str] = None
    labelstudio_token: Optional[str] = None

    jobs_db_path: Path = field(default_factory=lambda: Path.home() / ".labelkit" / "jobs.sqlite3")

    @property
    def is_prod(self) -> bool:
        return self.environment == "prod"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    _load_dotenv(Path.cwd() / ".env")
    db_path = _env("LABELKIT_JOBS_DB")
    return Settings(
        environment=_env("LABELKIT_ENV", "dev"),
        log_level=_env("LABELKIT_LOG_LEVEL", "INFO"),
        aws_profile=_env("AWS_PROFILE"),
        aws_region=_env("AWS_REGION", "us-east-1"),
        bedrock_region=_env("LABELKIT_BEDROCK_REGION", "us-west-2"),
        bedrock_batch_role_arn=_env("LABELKIT_BEDROCK_BATCH_ROLE_ARN"),
        results_bucket=_env("LABELKIT_RESULTS_BUCKET", "mlp-labelkit-results-dev"),
        together_api_key=_env("TOGETHER_API_KEY"),
        fireworks_api_key=_env("FIREWORKS_API_KEY"),
        hf_token=_env("HF_TOKEN"),
        hf_provider=_env("LABELKIT_HF_PROVIDER", "auto"),
        replicate_api_token=_env("REPLICATE_API_TOKEN"),
        watsonx_url=_env("WATSONX_URL", "https://us-south.ml.cloud.ibm.com"),
        watsonx_api_key=_env("WATSONX_APIKEY"),
        watsonx_project_id=_env("WATSONX_PROJECT_ID"),
        vllm_base_url=_env("LABELKIT_VLLM_BASE_URL", DEFAULT_VLLM_BASE_URL).rstrip("/"),
        vllm_api_key=_env("LABELKIT_VLLM_API_KEY", "EMPTY"),
        slack_webhook_url=_env("LABELKIT_SLACK_WEBHOOK"),
        labelstudio_url=_env("LABELSTUDIO_URL"),
        labelstudio_token=_env("LABELSTUDIO_TOKEN"),
        jobs_db_path=Path(db_path) if db_path else Path.home() / ".labelkit" / "jobs.sqlite3",
    )


def configure_logging(level: Optional[str] = None, json_logs: bool = False) -> None:
    level = (level or get_settings().log_level).upper()
    handler = logging.StreamHandler(sys.stderr)
    if json_logs:
        fmt = '{"ts":"%(asctime)s","level":"%(levelname)s","logger":"%(name)s","msg":"%(message)s"}'
    else:
        fmt = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
    handler.setFormatter(logging.Formatter(fmt))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # botocore and httpx are far too chatty at INFO
    for noisy in ("botocore", "urllib3", "httpx", "httpcore", "ibm_watsonx_ai"):
        logging.getLogger(noisy).setLevel(logging.WARNING)

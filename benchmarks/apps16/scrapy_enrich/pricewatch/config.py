"""Environment helpers shared by the crawler and the backfill scripts."""
from __future__ import annotations

import os
from typing import Optional

try:
    from dotenv import load_dotenv
except ImportError:  # pragma: no cover - dotenv is a dev convenience only
    load_dotenv = None

if load_dotenv is not None:
    load_dotenv()


class MissingConfig(RuntimeError):
    pass


def env(name: str, default: Optional[str] = None) -> Optional[str]:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip()


def require_env(name: str) -> str:
    value = env(name)
    if value is None:
        raise MissingConfig(f"environment variable {name} is not set")
    return value


def env_bool(name: str, default: bool = False) -> bool:
    value = env(name)
    if value is None:
        return default
    return value.lower() in ("1", "true", "yes", "on")


def env_int(name: str, default: int) -> int:
    value = env(name)
    return int(value) if value is not None else default


DATABASE_URL = env("DATABASE_URL", "postgresql+psycopg://pricewatch:pricewatch@localhost:5432/pricewatch")
S3_BUCKET = env("PRICEWATCH_S3_BUCKET", "pricewatch-raw-pages")
AWS_REGION = env("AWS_REGION", "eu-west-1")

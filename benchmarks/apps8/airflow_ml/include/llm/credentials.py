"""Resolve provider API keys from Airflow connections (falls back to env vars for local runs)."""
import os
from typing import Optional

from include.utils.errors import MissingConnection


def connection_password(conn_id: str, env_fallback: Optional[str] = None) -> str:
    try:
        from airflow.hooks.base import BaseHook

        conn = BaseHook.get_connection(conn_id)
        if conn.password:
            return conn.password
    except Exception:  # noqa: BLE001 - airflow not configured (unit tests, scripts)
        pass
    if env_fallback and os.environ.get(env_fallback):
        return os.environ[env_fallback]
    raise MissingConnection(f"no credentials for connection {conn_id!r}")


def connection_extra(conn_id: str, key: str, default: Optional[str] = None) -> Optional[str]:
    try:
        from airflow.hooks.base import BaseHook

        return BaseHook.get_connection(conn_id).extra_dejson.get(key, default)
    except Exception:  # noqa: BLE001
        return default

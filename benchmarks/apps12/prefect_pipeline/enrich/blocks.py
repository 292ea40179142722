"""Helpers around the Prefect blocks the pipeline depends on."""
from __future__ import annotations

import logging
import os
from functools import lru_cache
from typing import Any, Dict, Optional

from prefect.blocks.system import JSON, Secret
from prefect_aws import AwsCredentials
from prefect_snowflake import SnowflakeConnector

log = logging.getLogger(__name__)


@lru_cache(maxsize=None)
def secret_value(block_name: str, env_fallback: Optional[str] = None) -> str:
    """Read a Secret block.

    For local development without a Prefect API you can export ``env_fallback``
    instead; it always wins when set.
    """
    if env_fallback and os.environ.get(env_fallback):
        log.debug("using %s from environment instead of block %s", env_fallback, block_name)
        return os.environ[env_fallback]
    return Secret.load(block_name).get()


@lru_cache(maxsize=None)
def aws_credentials(block_name: str) -> AwsCredentials:
    return AwsCredentials.load(block_name)


def snowflake_connector(block_name: str) -> SnowflakeConnector:
    # not cached: connectors hold open cursors and are closed by the caller
    return SnowflakeConnector.load(block_name)


def json_config(block_name: str, default: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    try:
        return dict(JSON.load(block_name).value)
    except ValueError:
        if default is None:
            raise
        log.warning("JSON block %s not found, using defaults", block_name)
        return dict(default)

"""Secret declarations and a helper to read them inside a task.

Tasks must request the secrets they read in their decorator, e.g.

    @task(secret_requests=[OPENAI_SECRET])
"""
from __future__ import annotations

import logging
import os
from typing import Optional

from flytekit import Secret, current_context

logger = logging.getLogger(__name__)

SECRET_GROUP = "llm-keys"

OPENAI_SECRET = Secret(group=SECRET_GROUP, key="openai_api_key")
ANTHROPIC_SECRET = Secret(group=SECRET_GROUP, key="anthropic_api_key")
TOGETHER_SECRET = Secret(group=SECRET_GROUP, key="together_api_key")
FIREWORKS_SECRET = Secret(group=SECRET_GROUP, key="fireworks_api_key")
COHERE_SECRET = Secret(group=SECRET_GROUP, key="cohere_api_key")
GEMINI_SECRET = Secret(group=SECRET_GROUP, key="gemini_api_key")
WAREHOUSE_SECRET = Secret(group="warehouse", key="dsn", mount_requirement=Secret.MountType.ENV_VAR)

ALL_LLM_SECRETS = [
    OPENAI_SECRET,
    ANTHROPIC_SECRET,
    TOGETHER_SECRET,
    FIREWORKS_SECRET,
    COHERE_SECRET,
    GEMINI_SECRET,
]

# local runs (pyflyte run without --remote) fall back to env vars
_ENV_FALLBACKS = {
    "openai_api_key": "OPENAI_API_KEY",
    "anthropic_api_key": "ANTHROPIC_API_KEY",
    "together_api_key": "TOGETHER_API_KEY",
    "fireworks_api_key": "FIREWORKS_API_KEY",
    "cohere_api_key": "CO_API_KEY",
    "gemini_api_key": "GEMINI_API_KEY",
}


def read_secret(key: str, group: str = SECRET_GROUP) -> Optional[str]:
    """Read a secret from the Flyte execution context, falling back to the environment."""
    try:
        return current_context().secrets.get(group, key)
    except (ValueError, KeyError) as exc:
        env_name = _ENV_FALLBACKS.get(key)
        if env_name and os.getenv(env_name):
            logger.debug("secret %s/%s not mounted, using $%s", group, key, env_name)
            return os.environ[env_name]
        logger.warning("secret %s/%s unavailable: %s", group, key, exc)
        return None

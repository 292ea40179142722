"""Per-process shared state hung off the opsdroid instance.

Some skills are loaded several times (one per room config), and we don't want
a new connection pool for each.  The first skill to start stashes a dict of
clients on the opsdroid object; later ones reuse it.
"""
import logging

import litellm

from .clients import anthropic_client, bedrock_runtime, openai_client

_LOGGER = logging.getLogger(__name__)

_ATTR = "_opsbot_shared_clients"


def shared_clients(opsdroid, config):
    clients = getattr(opsdroid, _ATTR, None)
    if clients is None:
        clients = {
            "openai": openai_client(config),
            "anthropic": anthropic_client(config),
            "bedrock": bedrock_runtime(config),
        }
        setattr(opsdroid, _ATTR, clients)
        _LOGGER.info("initialised shared LLM clients")
    return clients


_ROUTER = None


def get_router():
    """LiteLLM router with fallbacks; built once."""
    global _ROUTER
    if _ROUTER is None:
        _ROUTER = litellm.Router(
            model_list=[
                {"model_name": "ops-default", "litellm_params": {"model": "gpt-4o-mini"}},
                {"model_name": "ops-default", "litellm_params": {"model": "anthropic/claude-3-5-haiku-latest"}},
                {
                    "model_name": "ops-long",
                    "litellm_params": {"model": "bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0"},
                },
            ],
            routing_strategy="simple-shuffle",
            num_retries=2,
        )
    return _ROUTER

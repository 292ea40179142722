"""Fallback routing when the agent's chosen provider errors out mid-call.

LiteLLM Router does the cooldown bookkeeping for us; the model_list mirrors the
profiles but only includes vendors we have a BAA with.
"""
from __future__ import annotations

import os

from litellm import Router

from copilot.config import settings

fallback_router = Router(
    model_list=[
        {
            "model_name": "copilot-fallback",
            "litellm_params": {"model": f"anthropic/{settings.anthropic_fast_model}", "api_key": os.environ.get("ANTHROPIC_API_KEY")},
        },
        {
            "model_name": "copilot-fallback",
            "litellm_params": {"model": f"bedrock/{settings.bedrock_model}", "aws_region_name": settings.aws_region},
        },
        {
            "model_name": "copilot-fallback",
            "litellm_params": {"model": f"openai/{settings.openai_mini_model}", "api_key": os.environ.get("OPENAI_API_KEY")},
        },
    ],
    routing_strategy="simple-shuffle",
    num_retries=1,
    allowed_fails=2,
    cooldown_time=60,
)

FALLBACK_MODEL = "copilot-fallback"


def healthy_deployments() -> int:
    return len(fallback_router.get_model_list() or [])

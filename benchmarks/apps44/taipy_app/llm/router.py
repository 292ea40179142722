"""litellm Router used by chat-with-data: "chat" alias load-balances between
OpenAI and Together-hosted Llama, "sql" goes to Bedrock Claude."""
from __future__ import annotations

import os
from functools import lru_cache

from litellm import Router

MODEL_LIST = [
    {
        "model_name": "chat",
        "litellm_params": {"model": "openai/gpt-4o", "api_key": os.environ.get("OPENAI_API_KEY")},
        "tpm": 300_000,
    },
    {
        "model_name": "chat",
        "litellm_params": {
            "model": "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo",
            "api_key": os.environ.get("TOGETHER_API_KEY"),
        },
        "tpm": 100_000,
    },
    {
        "model_name": "sql",
        "litellm_params": {
            "model": "bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0",
            "aws_region_name": os.environ.get("AWS_REGION", "eu-west-1"),
        },
    },
]


@lru_cache(maxsize=1)
def get_router() -> Router:
    return Router(model_list=MODEL_LIST, num_retries=2, routing_strategy="simple-shuffle")

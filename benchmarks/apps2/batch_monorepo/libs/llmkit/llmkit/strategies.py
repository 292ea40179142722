"""Named completion strategies that job configs select by key."""

from __future__ import annotations

from functools import partial
from typing import Any, Callable

import dashscope
import litellm
from dashscope import Generation

from llmkit.config import get_settings

litellm.drop_params = True
dashscope.base_http_api_url = "https://dashscope-intl.aliyuncs.com/api/v1"
dashscope.api_key = get_settings().dashscope_api_key or None

STRATEGIES: dict[str, Callable[..., Any]] = {
    "fast": partial(litellm.completion, model="groq/llama-3.1-8b-instant", temperature=0.4, max_tokens=400),
    "balanced": partial(litellm.completion, model="azure/gpt-4o-mini", temperature=0.3, max_tokens=600),
    "premium": partial(
        litellm.completion,
        model="bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0",
        temperature=0.2,
        max_tokens=800,
    ),
}

QWEN_TRANSLATE = partial(Generation.call, model="qwen-mt-turbo", result_format="message")

EMBED_ROUTER = litellm.Router(
    model_list=[
        {
            "model_name": "catalog-embed",
            "litellm_params": {"model": "azure/text-embedding-3-large", "dimensions": 1024},
        },
        {
            "model_name": "catalog-embed",
            "litellm_params": {"model": "cohere/embed-multilingual-v3.0"},
        },
    ],
    routing_strategy="simple-shuffle",
    num_retries=2,
)


def get_strategy(name: str) -> Callable[..., Any]:
    try:
        return STRATEGIES[name]
    except KeyError:
        raise ValueError(f"unknown strategy {name!r}; choose from {sorted(STRATEGIES)}") from None

"""Pre-configured litellm callables for the quick, cheap jobs.

Kept as partials so call sites read like ``quick_complete(messages=...)``.
"""
from functools import partial
from typing import Optional

import litellm
from litellm import Router

from kestrel.config import get_settings

_cfg = get_settings().providers

quick_complete = partial(
    litellm.completion,
    model=_cfg.litellm_model,
    temperature=0.2,
    max_tokens=256,
    timeout=_cfg.request_timeout,
)

quick_embed = partial(litellm.embedding, model="together_ai/" + _cfg.embedding_model)

# ---------------------------------------------------------------------------
# Router built from the ``[router]`` table in kestrel.toml, e.g.
#
#     [[router.model_list]]
#     model_name = "changelog"
#     litellm_params = { model = "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo" }
# ---------------------------------------------------------------------------

_DEFAULT_MODEL_LIST = [
    {
        "model_name": "default",
        "litellm_params": {"model": "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo"},
    },
    {
        "model_name": "default",
        "litellm_params": {"model": "ollama/qwen2.5-coder:7b", "api_base": "http://localhost:11434"},
    },
    {
        "model_name": "embed",
        "litellm_params": {"model": "together_ai/BAAI/bge-base-en-v1.5"},
    },
]

_router: Optional[Router] = None


def get_router() -> Router:
    global _router
    if _router is None:
        model_list = get_settings().router_models or _DEFAULT_MODEL_LIST
        _router = Router(
            model_list=model_list,
            num_retries=2,
            routing_strategy="simple-shuffle",
            fallbacks=[{"default": ["default"]}],
        )
    return _router

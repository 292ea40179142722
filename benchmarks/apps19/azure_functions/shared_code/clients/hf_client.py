"""Hugging Face inference clients, one per task.

The mapping lets ops point a task at a different model (or inference
provider) without a redeploy by changing the app setting.
"""

from __future__ import annotations

import logging
from typing import Dict

from huggingface_hub import InferenceClient

from shared_code.settings import get_settings

logger = logging.getLogger(__name__)

HF_CLIENTS: Dict[str, InferenceClient] = {}


def _build(task: str) -> InferenceClient:
    vendors = get_settings().vendors
    model_for_task = {
        "chat": vendors.hf_chat_model,
        "embeddings": vendors.hf_embedding_model,
        "translation": vendors.hf_translation_model,
        "summarization": "facebook/bart-large-cnn",
    }
    if task not in model_for_task:
        raise KeyError(f"No Hugging Face model configured for task {task!r}")
    provider = "hf-inference" if task in {"translation", "summarization", "embeddings"} else "auto"
    logger.info("Creating InferenceClient task=%s model=%s provider=%s", task, model_for_task[task], provider)
    return InferenceClient(model=model_for_task[task], provider=provider, token=vendors.hf_token, timeout=60)


def get_hf_client(task: str) -> InferenceClient:
    client = HF_CLIENTS.get(task)
    if client is None:
        client = _build(task)
        HF_CLIENTS[task] = client
    return client

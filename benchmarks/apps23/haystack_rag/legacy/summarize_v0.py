"""v0 summarizer: HF Inference for open models, raw Cohere generate as fallback."""
from __future__ import annotations

import logging
import os

import httpx
from huggingface_hub import InferenceClient

logger = logging.getLogger(__name__)

SUMMARY_MODEL = os.getenv("LEGACY_SUMMARY_MODEL", "mistralai/Mistral-7B-Instruct-v0.3")
COHERE_GENERATE_URL = "https://api.cohere.com/v1/generate"

hf = InferenceClient(model=SUMMARY_MODEL, token=os.getenv("HF_TOKEN"))


def summarize(text: str, max_words: int = 80) -> str:
    prompt = f"[INST] Summarize in at most {max_words} words:\n\n{text} [/INST]"
    try:
        return hf.text_generation(prompt, max_new_tokens=max_words * 2, temperature=0.2).strip()
    except Exception:  # noqa: BLE001
        logger.exception("HF summarization failed, falling back to Cohere")
        return _summarize_cohere(text, max_words)


def _summarize_cohere(text: str, max_words: int) -> str:
    resp = httpx.post(
        COHERE_GENERATE_URL,
        headers={"Authorization": f"Bearer {os.environ['COHERE_API_KEY']}", "Content-Type": "application/json"},
        json={"model": "command", "prompt": f"Summarize in {max_words} words:\n{text}", "max_tokens": max_words * 2},
        timeout=60.0,
    )
    resp.raise_for_status()
    return resp.json()["generations"][0]["text"].strip()

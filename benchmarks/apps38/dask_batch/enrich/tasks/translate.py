"""Listing translation through the Hugging Face Inference API."""
from __future__ import annotations

import logging
import os

from huggingface_hub import InferenceClient

from enrich.lib.prompts import REGISTRY
from enrich.plugins import worker_clients

log = logging.getLogger(__name__)

DEFAULT_MODEL = "meta-llama/Meta-Llama-3-8B-Instruct"
SUPPORTED = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "ja": "Japanese"}


def translate_record(rec: dict, lang: str, model: str = DEFAULT_MODEL) -> dict:
    hf = worker_clients().hf
    prompt = REGISTRY["translate"].generate(lang=SUPPORTED[lang], text=rec["title"])
    out = hf.chat_completion(
        messages=[{"role": "user", "content": prompt}],
        model=model,
        max_tokens=256,
        temperature=0.1,
    )
    return {**rec, f"title_{lang}": out.choices[0].message.content.strip()}


def translate_record_tgi(rec: dict, lang: str, endpoint: str | None = None) -> dict:
    """For the dedicated TGI endpoint (raw prompt, no chat template)."""
    hf = worker_clients().hf
    prompt = (
        "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n"
        + REGISTRY["translate"].generate(lang=SUPPORTED[lang], text=rec["description"][:3000])
        + "<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"
    )
    text = hf.text_generation(
        prompt,
        model=endpoint or os.environ.get("HF_TGI_ENDPOINT"),
        max_new_tokens=768,
        stop=["<|eot_id|>"],
    )
    return {**rec, f"description_{lang}": text.strip()}


def translate_batch_dedicated(records: list[dict], lang: str, endpoint_url: str) -> list[dict]:
    """Dedicated endpoint with its own token; built per call because the URL varies."""
    client = InferenceClient(base_url=endpoint_url, token=os.environ["HF_ENDPOINT_TOKEN"], timeout=120)
    out = []
    for rec in records:
        prompt = REGISTRY["translate"].generate(lang=SUPPORTED[lang], text=rec["title"])
        resp = client.chat.completions.create(
            model="tgi",
            messages=[{"role": "user", "content": prompt}],
            max_tokens=256,
        )
        out.append({**rec, f"title_{lang}": resp.choices[0].message.content.strip()})
    return out

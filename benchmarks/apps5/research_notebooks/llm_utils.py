"""Small helpers around the provider SDKs, usually imported as ``lu``.

Every function takes a prompt (or list of texts) and returns plain python
objects so the notebooks don't have to care which SDK is underneath.
"""
import logging
import os

import ollama
import tiktoken
from huggingface_hub import InferenceClient

import clients
import config
from cache import disk_cache
from clients import openai_client
from helpers import with_backoff

logger = logging.getLogger(__name__)

_hf = InferenceClient(api_key=os.environ.get("HF_TOKEN"), timeout=90)
_enc = tiktoken.get_encoding("o200k_base")


def count_tokens(text: str) -> int:
    """Rough token count (o200k) for budgeting; close enough for every provider we use."""
    return len(_enc.encode(text or ""))


@with_backoff(retries=5)
def chat_openai(prompt, model=config.OPENAI_CHAT_MODEL, system=None, temperature=0.0, max_tokens=512):
    messages = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": prompt})
    resp = openai_client.chat.completions.create(
        model=model,
        messages=messages,
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return resp.choices[0].message.content.strip()


@with_backoff(retries=5)
def chat_anthropic(prompt, model=config.ANTHROPIC_MODEL, system=None, max_tokens=512):
    kwargs = {}
    if system:
        kwargs["system"] = system
    msg = clients.anthropic_client.messages.create(
        model=model,
        max_tokens=max_tokens,
        messages=[{"role": "user", "content": prompt}],
        **kwargs,
    )
    return "".join(block.text for block in msg.content if block.type == "text").strip()


def chat_ollama(prompt, model=config.OLLAMA_MODEL, system=None):
    messages = [{"role": "user", "content": prompt}]
    if system:
        messages.insert(0, {"role": "system", "content": system})
    out = ollama.chat(model=model, messages=messages, options={"temperature": 0})
    return out["message"]["content"].strip()


def chat_hf(prompt, model=config.HF_CHAT_MODEL, max_tokens=512):
    out = _hf.chat_completion(
        [{"role": "user", "content": prompt}],
        model=model,
        max_tokens=max_tokens,
        temperature=0.01,
    )
    return out.choices[0].message.content.strip()


@disk_cache("openai-embeddings")
def embed_openai(texts, model=config.OPENAI_EMBED_MODEL):
    if isinstance(texts, str):
        texts = [texts]
    texts = [t.replace("\n", " ") for t in texts]
    resp = openai_client.embeddings.create(model=model, input=texts)
    return [d.embedding for d in resp.data]


def stream_openai(prompt, model=config.OPENAI_CHAT_MODEL):
    """Yield text deltas; handy in notebooks to watch long generations."""
    events = openai_client.responses.create(model=model, input=prompt, stream=True)
    for event in events:
        if event.type == "response.output_text.delta":
            yield event.delta
        elif event.type == "response.completed":
            usage = event.response.usage
            logger.debug("stream finished: %s in / %s out", usage.input_tokens, usage.output_tokens)

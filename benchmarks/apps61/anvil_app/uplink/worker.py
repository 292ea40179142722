"""Uplink worker on the office GPU box.

Registers a few server functions that use the local Ollama model (customer PII
never leaves the building for these) plus bulk embedding work that would time
out inside an Anvil server call.

    ANVIL_UPLINK_KEY=... python uplink/worker.py
"""
import functools
import logging
import os

import anthropic
import anvil.server
import cohere
from openai import OpenAI

from redaction import redact

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("uplink")

OLLAMA_URL = os.environ.get("OLLAMA_URL", "http://localhost:11434/v1")
LOCAL_MODEL = os.environ.get("LOCAL_MODEL", "llama3.1:8b")

local_llm = OpenAI(base_url=OLLAMA_URL, api_key="ollama")
co = cohere.ClientV2(api_key=os.environ["CO_API_KEY"])
claude = anthropic.Anthropic()

claude_summary = functools.partial(
    claude.messages.create,
    model="claude-3-5-haiku-latest",
    max_tokens=400,
    system="Summarise this redacted support ticket for an agent in 3 bullets.",
)


@anvil.server.callable
def summarise_private(ticket_text):
    """Used for tickets flagged 'contains PII': local model only."""
    resp = local_llm.chat.completions.create(
        model=LOCAL_MODEL,
        messages=[
            {"role": "system", "content": "Summarise this support ticket in 3 bullets."},
            {"role": "user", "content": ticket_text},
        ],
        temperature=0.1,
    )
    return resp.choices[0].message.content


@anvil.server.callable
def summarise_redacted(ticket_text):
    """Redact locally, then let Claude do the heavy lifting."""
    clean = redact(ticket_text)
    message = claude_summary(messages=[{"role": "user", "content": clean}])
    return message.content[0].text


@anvil.server.callable
def embed_documents(texts, input_type="search_document"):
    out = []
    for i in range(0, len(texts), 96):
        resp = co.embed(
            texts=texts[i : i + 96],
            model="embed-english-v3.0",
            input_type=input_type,
            embedding_types=["float"],
        )
        out.extend(resp.embeddings.float_)
    return out


@anvil.server.callable
def uplink_health():
    return {"model": LOCAL_MODEL, "ollama": OLLAMA_URL, "pid": os.getpid()}


def main():
    key = os.environ["ANVIL_UPLINK_KEY"]
    anvil.server.connect(key)
    log.info("uplink connected, serving %s", LOCAL_MODEL)
    anvil.server.wait_forever()


if __name__ == "__main__":
    main()

"""Legacy GPT helpers (2023 prototype).

Still imported by:
  * the CSV import path in the admin (``summarize_agent_notes``)
  * scripts/smoke_test_providers.py (``legacy_embedding``)

Everything else here is dead but nobody has had time to prove it.
TODO: delete after the admin importer moves to listings.services (PLAT-377).
"""
import json
import logging
import os

import anthropic
import boto3
import openai
import requests

logger = logging.getLogger(__name__)

openai.api_key = os.environ.get("OPENAI_API_KEY")

OPENAI_EMBEDDINGS_URL = "https://api.openai.com/v1/embeddings"
DEFAULT_MODEL = "gpt-3.5-turbo"

_claude = anthropic.Anthropic()


def summarize_agent_notes(notes: str, max_words: int = 60) -> str:
    if not notes:
        return ""
    resp = openai.chat.completions.create(
        model=DEFAULT_MODEL,
        messages=[
            {"role": "system", "content": "Summarize real estate agent notes."},
            {"role": "user", "content": f"Summarize in {max_words} words or fewer:\n{notes}"},
        ],
        temperature=0,
    )
    return resp.choices[0].message.content.strip()


def legacy_embedding(text: str) -> list:
    """Raw HTTP because this predates the v1 SDK; output dims match the old index."""
    r = requests.post(
        OPENAI_EMBEDDINGS_URL,
        headers={"Authorization": f"Bearer {openai.api_key}", "Content-Type": "application/json"},
        json={"model": "text-embedding-ada-002", "input": text},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["data"][0]["embedding"]


def claude_cleanup(text: str) -> str:
    msg = _claude.messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=1000,
        messages=[{"role": "user", "content": f"Fix typos only, keep everything else:\n\n{text}"}],
    )
    return msg.content[0].text


def titan_summary(text: str) -> str:
    """Bedrock Titan, from when we were evaluating AWS-only."""
    bedrock = boto3.client("bedrock-runtime", region_name="us-east-1")
    resp = bedrock.invoke_model(
        modelId="amazon.titan-text-express-v1",
        body=json.dumps({"inputText": f"Summarize:\n{text}", "textGenerationConfig": {"maxTokenCount": 256}}),
    )
    body = json.loads(resp["body"].read())
    return body["results"][0]["outputText"]


def estimate_tokens(text: str) -> int:
    """Rough 4-chars-per-token heuristic used by the old cost report."""
    return max(1, len(text) // 4)

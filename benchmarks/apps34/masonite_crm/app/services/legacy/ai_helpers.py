"""Legacy AI helpers from the Masonite 2 version of the CRM.

DEPRECATED: new code should use app.services.multi_model_service. Kept because
the old lead import wizard and a couple of templates still call these.
TODO(ravi): delete once the import wizard is rewritten (CRM-412).
"""
import os

import httpx
import openai
from masonite.configuration import config

from config.ai import ANTHROPIC_MESSAGES_URL

openai.api_key = os.getenv("OPENAI_API_KEY")

DEFAULT_MODEL = "gpt-3.5-turbo"
ANTHROPIC_VERSION = "2023-06-01"


def ask_gpt(prompt, model=DEFAULT_MODEL, temperature=0.3):
    resp = openai.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        temperature=temperature,
    )
    return resp.choices[0].message.content


def clean_company_name(raw):
    """Normalise 'ACME corp., inc' style names typed into the import wizard."""
    if not raw:
        return raw
    answer = ask_gpt(
        "Return only the canonical company name, no suffixes like Inc or Ltd: " + raw,
        temperature=0,
    )
    return answer.strip().strip(".")


def guess_industry(domain):
    client = openai.OpenAI()
    out = client.completions.create(
        model="gpt-3.5-turbo-instruct",
        prompt=f"Industry of the company at {domain} (one or two words):",
        max_tokens=8,
    )
    return out.choices[0].text.strip()


# Raw HTTP call to Claude, from before the anthropic SDK was in requirements.
# Still used by the weekly digest mail. Do not copy this pattern.

def claude_complete(prompt: str, max_tokens: int = 600) -> str:
    headers = {
        "x-api-key": config("ai.anthropic.key"),
        "anthropic-version": ANTHROPIC_VERSION,
        "content-type": "application/json",
    }
    payload = {
        "model": config("ai.anthropic.fast_model"),
        "max_tokens": max_tokens,
        "messages": [{"role": "user", "content": prompt}],
    }
    with httpx.Client(timeout=60) as http:
        response = http.post(ANTHROPIC_MESSAGES_URL, headers=headers, json=payload)
    response.raise_for_status()
    data = response.json()
    return "".join(block.get("text", "") for block in data.get("content", []))

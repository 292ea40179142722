"""Legacy GPT helpers from the 0.1 prototype.

Still used by the golden-config compliance hook and two jobs in the old
`jobs/` folder of the ops repo.  Scheduled for removal in 0.8.
"""

import logging
import os

import openai
import requests

logger = logging.getLogger(__name__)

openai.api_key = os.environ.get("OPENAI_API_KEY")

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
DEFAULT_MODEL = "gpt-4o-mini"


def ask_gpt(question, context="", model=DEFAULT_MODEL):
    """Module-level client; predates the SecretsGroup work."""
    resp = openai.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "You are a network engineer's assistant."},
            {"role": "user", "content": f"{context}\n\n{question}".strip()},
        ],
    )
    return resp.choices[0].message.content


def remediation_snippet(compliance_diff, platform):
    """Used by the golden-config compliance hook to suggest remediation CLI."""
    client = openai.OpenAI()
    prompt = f"Platform: {platform}\nMissing/extra config:\n{compliance_diff}\n\nRemediation CLI:\n"
    completion = client.completions.create(
        model="gpt-3.5-turbo-instruct",
        prompt=prompt,
        max_tokens=400,
        temperature=0,
    )
    return completion.choices[0].text.strip()


def ask_gpt_raw(question, api_key=None, timeout=30):
    """requests-based version for the worker image that had a broken openai pin."""
    headers = {"Authorization": f"Bearer {api_key or os.environ['OPENAI_API_KEY']}"}
    payload = {"model": DEFAULT_MODEL, "messages": [{"role": "user", "content": question}]}
    r = requests.post(OPENAI_URL, json=payload, headers=headers, timeout=timeout)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def post_to_chatops(webhook_url, text):
    """Not an LLM call: posts results to the NOC Teams channel."""
    resp = requests.post(webhook_url, json={"text": text}, timeout=10)
    resp.raise_for_status()

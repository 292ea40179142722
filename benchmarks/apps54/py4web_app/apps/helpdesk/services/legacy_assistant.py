"""Legacy 'Ask IT' assistant (v1, 2023).

Kept for the /ask_legacy endpoint that the intranet widget still hits.
Most of this is superseded by drafting.py + multi_model_service.
"""
import logging

import openai

from .. import settings
from ..llm.clients import get_azure_openai

log = logging.getLogger("helpdesk.legacy")

openai.api_key = getattr(settings, "OPENAI_API_KEY", None)

FAQ_PROMPT = (
    "You answer employees' IT questions. If you do not know, say so and suggest "
    "opening a ticket at https://helpdesk.example.internal."
)


def ask(question, history=None):
    messages = [{"role": "system", "content": FAQ_PROMPT}]
    for turn in history or []:
        messages.append({"role": turn["role"], "content": turn["content"]})
    messages.append({"role": "user", "content": question})
    resp = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=messages,
        temperature=0.2,
    )
    return resp.choices[0].message.content


def ask_eu(question):
    """EU users must be served from the Azure tenant."""
    client = get_azure_openai()
    resp = client.chat.completions.create(
        model=settings.AZURE_OPENAI_DEPLOYMENT,
        messages=[
            {"role": "system", "content": FAQ_PROMPT},
            {"role": "user", "content": question},
        ],
    )
    return resp.choices[0].message.content


def suggest_title(body):
    # old completions-style prompt; gpt-3.5-turbo-instruct is still the cheapest for this
    resp = openai.completions.create(
        model="gpt-3.5-turbo-instruct",
        prompt="Write a short ticket title (max 8 words) for:\n\n%s\n\nTitle:" % body[:2000],
        max_tokens=20,
    )
    return resp.choices[0].text.strip().strip('"')

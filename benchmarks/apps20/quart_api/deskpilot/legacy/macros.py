"""Agent macros (canned responses) - Flask-era, now called from the async app."""
from __future__ import annotations

import asyncio

from . import openai_helpers
from .openai_helpers import complete_text, sync_client

MACROS = {
    "refund_policy": "Explain our 30-day refund policy politely.",
    "password_reset": "Explain how to reset a password from the login page.",
}


async def expand_macro(name: str, customer_name: str) -> str:
    prompt = f"{MACROS[name]} Address the customer as {customer_name}."
    return await asyncio.to_thread(complete_text, prompt)


async def rewrite_macro(text: str, tone: str) -> str:
    resp = await asyncio.to_thread(
        sync_client.chat.completions.create,
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Rewrite in a {tone} tone:\n{text}"}],
    )
    return resp.choices[0].message.content


def transcribe_voicemail(path: str) -> str:
    with open(path, "rb") as fh:
        tr = openai_helpers.sync_client.audio.transcriptions.create(model="whisper-1", file=fh)
    return tr.text


def upload_macro_export(path: str) -> str:
    with open(path, "rb") as fh:
        f = sync_client.files.create(file=fh, purpose="assistants")
    return f.id

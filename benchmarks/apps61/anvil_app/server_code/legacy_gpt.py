"""LEGACY – the original 2023 GPT helpers.

Still used by the 'Read aloud' button and the old 'Suggest tags' menu.
Do not add new things here; use llm/ instead.
"""
import base64
import logging

import anvil.media
import anvil.secrets
import anvil.server
import openai

log = logging.getLogger(__name__)

openai.api_key = anvil.secrets.get_secret("openai_key")


@anvil.server.callable
def suggest_tags(subject, body):
    completion = openai.chat.completions.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Suggest up to 4 short lowercase tags, comma separated."},
            {"role": "user", "content": f"{subject}\n\n{body[:3000]}"},
        ],
        temperature=0,
    )
    raw = completion.choices[0].message.content
    return [t.strip() for t in raw.split(",") if t.strip()][:4]


@anvil.server.callable
def read_aloud(text, voice="alloy"):
    speech = openai.audio.speech.create(model="tts-1", voice=voice, input=text[:4000])
    return anvil.BlobMedia("audio/mpeg", speech.content, name="reply.mp3")


def _legacy_b64(media):
    # kept for the old attachments viewer
    return base64.b64encode(media.get_bytes()).decode()

"""Original helper from the hackathon bot. Still used by the `/gpt` slash command.

TODO(maria): port to services.provider_switch and delete.
"""
import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")


def ask_gpt(prompt, history=None, model="gpt-3.5-turbo"):
    messages = list(history or [])
    messages.append({"role": "user", "content": prompt})
    response = openai.chat.completions.create(model=model, messages=messages, temperature=0.5)
    return response.choices[0].message.content


def rewrite_friendly(text):
    response = openai.chat.completions.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Rewrite this message to sound friendly but professional."},
            {"role": "user", "content": text},
        ],
    )
    return response.choices[0].message.content


def embed(text):
    return openai.embeddings.create(model="text-embedding-ada-002", input=text).data[0].embedding

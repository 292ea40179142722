"""Legacy Azure chat helper from the first prototype.

Still imported by the v0 summary job and one script. It configures the
module-level openai client for Azure, which is why nothing else in the app
touches ``openai.api_key`` directly.
"""
import os

import openai

openai.api_type = "azure"
openai.azure_endpoint = os.environ.get("AZURE_OPENAI_ENDPOINT", "")
openai.api_key = os.environ.get("AZURE_OPENAI_API_KEY", "")
openai.api_version = os.environ.get("AZURE_OPENAI_API_VERSION", "2024-02-01")

DEPLOYMENT = os.environ.get("AZURE_CHAT_DEPLOYMENT", "gpt-4o-prod")


def ask(prompt, system="You are a helpful assistant.", temperature=0.0):
    completion = openai.chat.completions.create(
        model=DEPLOYMENT,
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": prompt},
        ],
        temperature=temperature,
    )
    return completion.choices[0].message.content


def title_for(text):
    # TODO(marta): move to ChatService once the v0 clients are gone
    return ask(f"Give a short title (max 8 words) for:\n\n{text[:4000]}").strip('"')


def embed_legacy(texts):
    resp = openai.embeddings.create(model="text-embedding-ada-002", input=texts)
    return [d.embedding for d in resp.data]

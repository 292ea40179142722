"""Original Azure OpenAI description generator (openai<1.0 API).

Runs only inside the `legacy-backfill` Cloud Run job image, which pins
openai==0.28.1. Everything else uses common.providers.
"""
import logging
import os

import openai

log = logging.getLogger(__name__)

openai.api_type = "azure"
openai.api_base = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://wanderly-legacy.openai.azure.com/")
openai.api_version = "2023-05-15"
openai.api_key = os.environ.get("AZURE_OPENAI_KEY")

CHAT_DEPLOYMENT = os.environ.get("AZURE_CHAT_DEPLOYMENT", "gpt35-descriptions")
EMBED_DEPLOYMENT = os.environ.get("AZURE_EMBED_DEPLOYMENT", "ada-002")

SYSTEM = "You are a copywriter for a travel company. Write in British English."


def describe(listing):
    facts = "\n".join("- %s: %s" % (k, v) for k, v in listing.get("facts", {}).items())
    prompt = "Write a 100 word description of %s in %s.\n%s" % (
        listing.get("name"), listing.get("location"), facts)
    try:
        response = openai.ChatCompletion.create(
            engine=CHAT_DEPLOYMENT,
            messages=[
                {"role": "system", "content": SYSTEM},
                {"role": "user", "content": prompt},
            ],
            temperature=0.7,
            max_tokens=400,
        )
    except openai.error.RateLimitError:
        log.warning("rate limited on %s", listing.get("id"))
        return None
    return response["choices"][0]["message"]["content"].strip()


def embed(texts):
    response = openai.Embedding.create(engine=EMBED_DEPLOYMENT, input=texts)
    return [row["embedding"] for row in response["data"]]

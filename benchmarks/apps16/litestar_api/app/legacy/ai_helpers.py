"""AI helpers from lexbridge-web.

Ported as-is during the Litestar migration. Still used by docketbot, the email intake
webhook and the nightly conflicts refresh.
"""
import logging
import os

import openai
import voyageai
from openai import AzureOpenAI

log = logging.getLogger("lexbridge.legacy.ai")

AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://lexbridge-eastus2.openai.azure.com")
AZURE_KEY = os.environ.get("AZURE_OPENAI_KEY")
API_VERSION = os.environ.get("AZURE_OPENAI_API_VERSION", "2024-02-01")
GPT_DEPLOYMENT = os.environ.get("AZURE_GPT_DEPLOYMENT", "gpt-4o-legal")
EMBED_DEPLOYMENT = os.environ.get("AZURE_EMBED_DEPLOYMENT", "text-embedding-ada-002")

# left over from the openai 0.28 -> 1.x upgrade; embed() still uses the module-level client
openai.api_type = "azure"
openai.azure_endpoint = AZURE_ENDPOINT
openai.api_version = API_VERSION
openai.api_key = AZURE_KEY

client = AzureOpenAI(azure_endpoint=AZURE_ENDPOINT, api_key=AZURE_KEY, api_version=API_VERSION)


def ask_gpt(prompt, system=None, temperature=0.2, max_tokens=800, json_mode=False):
    messages = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": prompt})
    kwargs = {}
    if json_mode:
        kwargs["response_format"] = {"type": "json_object"}
    try:
        resp = client.chat.completions.create(
            model=GPT_DEPLOYMENT,
            messages=messages,
            temperature=temperature,
            max_tokens=max_tokens,
            **kwargs
        )
    except openai.APIError as e:
        log.error("ask_gpt failed: %s", e)
        return None
    return resp.choices[0].message.content


def embed(texts):
    if isinstance(texts, str):
        texts = [texts]
    resp = openai.embeddings.create(model=EMBED_DEPLOYMENT, input=texts)
    return [d.embedding for d in resp.data]


def rerank(query, docs, top_k=5):
    """Returns [(doc, score)] best first."""
    if not docs:
        return []
    vo = voyageai.Client(api_key=os.environ.get("VOYAGE_API_KEY"))
    res = vo.rerank(query, docs, model="rerank-lite-1", top_k=top_k)
    return [(r.document, r.relevance_score) for r in res.results]

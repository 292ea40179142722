"""Explainer: error-signature explanations with a small local cache.

Clients are injected (see plugins/digest_plugin.py and tests) so that the
tests can pass fakes in.
"""
import asyncio
import functools
import hashlib
import json
import os

CACHE_DIR = os.path.expanduser("~/.opsbot/cache/explain")


class Explainer:
    def __init__(self, anthropic_client, openai_client, model, embed_model="text-embedding-3-small"):
        self._client = anthropic_client
        self._oa = openai_client
        self.model = model
        self.embed_model = embed_model
        os.makedirs(CACHE_DIR, exist_ok=True)

    def _cache_path(self, text):
        return os.path.join(CACHE_DIR, hashlib.sha1(text.encode()).hexdigest() + ".json")

    def explain(self, error_text):
        path = self._cache_path(error_text)
        if os.path.exists(path):
            with open(path) as fh:
                return json.load(fh)["text"]
        msg = self._client.messages.create(
            model=self.model,
            max_tokens=700,
            messages=[
                {
                    "role": "user",
                    "content": "Explain this error to an on-call engineer, and list 3 things to check:\n\n"
                    + error_text[:12000],
                }
            ],
        )
        text = msg.content[0].text
        with open(path, "w") as fh:
            json.dump({"text": text}, fh)
        return text

    async def embed_signatures(self, signatures):
        resp = await asyncio.to_thread(
            self._oa.embeddings.create,
            model=self.embed_model,
            input=signatures,
        )
        return [d.embedding for d in resp.data]

    def one_liners(self, errors):
        summarise = functools.partial(
            self._oa.chat.completions.create,
            model="gpt-4o-mini",
            temperature=0,
            max_tokens=40,
        )
        out = []
        for err in errors:
            r = summarise(
                messages=[{"role": "user", "content": f"Summarise in under 12 words: {err[:2000]}"}]
            )
            out.append(r.choices[0].message.content)
        return out

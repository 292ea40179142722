"""The original WSGI app (gunicorn, falcon 2.x era).

Still deployed as ``recruit-api-v1`` for two customers on the old
integration; everything new goes in the ASGI app.
"""
from __future__ import annotations

import json
import os

import anthropic
import falcon
from openai import OpenAI

client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
# kept for the /v1/screen port that never happened
claude = anthropic.Anthropic()


class SimilarityResource:
    def on_post(self, req, resp):
        body = req.get_media()
        texts = [body["a"], body["b"]]
        res = client.embeddings.create(model="text-embedding-ada-002", input=texts)
        a, b = (d.embedding for d in res.data)
        dot = sum(x * y for x, y in zip(a, b))
        resp.media = {"similarity": dot}


class TitleNormalizerResource:
    """Maps free-text job titles to our taxonomy."""

    def on_get(self, req, resp):
        title = req.get_param("title", required=True)
        completion = client.chat.completions.create(
            model="gpt-3.5-turbo",
            messages=[
                {
                    "role": "user",
                    "content": "Normalise this job title to one of: engineer, designer, "
                    "product manager, data scientist, sales, other. Reply with the label only.\n"
                    + title,
                }
            ],
            temperature=0,
        )
        resp.media = {"title": title, "label": completion.choices[0].message.content.strip()}


class PingResource:
    def on_get(self, req, resp):
        resp.text = json.dumps({"ok": True})


def make_wsgi_app() -> falcon.App:
    app = falcon.App()
    app.add_route("/v1/similarity", SimilarityResource())
    app.add_route("/v1/normalize-title", TitleNormalizerResource())
    app.add_route("/v1/ping", PingResource())
    return app


application = make_wsgi_app()

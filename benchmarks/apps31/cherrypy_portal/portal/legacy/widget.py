"""Old embeddable chat widget (v1). Still used by ~40 customer sites.

Written before the engine plugin existed, so it talks to openai at module level.
"""
import json
import os

import cherrypy
import openai
import requests

openai.api_key = os.environ.get("OPENAI_API_KEY")

HF_ROUTER = "https://router.huggingface.co/v1/chat/completions"
WIDGET_MODEL = "gpt-3.5-turbo"


class WidgetV1:
    @cherrypy.expose
    def index(self):
        return "<script src='/static/widget-v1.js'></script>"

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def message(self, site_key, text):
        history = cherrypy.session.setdefault("widget_history", [])
        history.append({"role": "user", "content": text})
        completion = openai.chat.completions.create(
            model=WIDGET_MODEL,
            messages=[{"role": "system", "content": "You are a website help widget."}] + history[-8:],
        )
        answer = completion.choices[0].message.content
        history.append({"role": "assistant", "content": answer})
        return {"answer": answer, "site": site_key}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def message_oss(self, site_key, text):
        # some EU customers opted out of OpenAI; they go to HF router over plain HTTP
        resp = requests.post(
            HF_ROUTER,
            headers={"Authorization": "Bearer %s" % os.environ.get("HF_TOKEN", "")},
            json={
                "model": "meta-llama/Llama-3.1-8B-Instruct",
                "messages": [{"role": "user", "content": text}],
                "max_tokens": 300,
            },
            timeout=30,
        )
        resp.raise_for_status()
        return {"answer": resp.json()["choices"][0]["message"]["content"], "site": site_key}

    @cherrypy.expose
    def ping(self, site_key):
        requests.post(
            "https://hooks.example.com/widget/ping",
            data=json.dumps({"site": site_key}),
            timeout=5,
        )
        return "pong"

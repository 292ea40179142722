# -*- coding: utf-8 -*-
"""Sidebar chat about the current document. Keeps conversation state per document."""
import json
import logging
import urllib.request

import uno  # noqa: F401

from writerai import get_anthropic_client, load_settings
from writerai.uno_helpers import full_text, message_box

log = logging.getLogger("writerai.macros.chat")

_CONVERSATIONS = {}


class Conversation:
    def __init__(self, doc_url, system):
        self.doc_url = doc_url
        self.system = system
        self.turns = []

    def add(self, role, content):
        self.turns.append({"role": role, "content": content})

    def chat(self, client, model):
        reply = client.messages.create(
            model=model,
            max_tokens=1024,
            system=self.system,
            messages=self.turns,
        )
        text = reply.content[0].text
        self.add("assistant", text)
        return text


def _conversation(doc):
    url = doc.getURL() or str(id(doc))
    if url not in _CONVERSATIONS:
        system = "Answer questions about this document:\n\n" + full_text(doc)[:50000]
        _CONVERSATIONS[url] = Conversation(url, system)
    return _CONVERSATIONS[url]


def _ask_user(ctx, title):
    smgr = ctx.getServiceManager()
    dp = smgr.createInstanceWithContext("com.sun.star.awt.DialogProvider", ctx)
    dlg = dp.createDialog("vnd.sun.star.extension://org.example.writerai/dialogs/WriterAI/AskDialog.xdl")
    dlg.setTitle(title)
    if dlg.execute() == 1:
        return dlg.getControl("txtQuestion").getText()
    return ""


def ask_document(*args):
    ctx = XSCRIPTCONTEXT.getComponentContext()  # noqa: F821
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    question = _ask_user(ctx, "Ask about this document")
    if not question:
        return
    conv = _conversation(doc)
    conv.add("user", question)
    settings = load_settings(ctx)
    answer = conv.chat(get_anthropic_client(), settings.model_for("anthropic"))
    message_box(ctx, doc, answer, title="WriterAI")


def ask_local_model(*args):
    """For air-gapped installs: talks to the team's on-prem OpenRouter-compatible gateway."""
    ctx = XSCRIPTCONTEXT.getComponentContext()  # noqa: F821
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    settings = load_settings(ctx)
    question = _ask_user(ctx, "Ask (OpenRouter)")
    payload = {
        "model": "meta-llama/llama-3.1-8b-instruct",
        "messages": [
            {"role": "system", "content": _conversation(doc).system},
            {"role": "user", "content": question},
        ],
    }
    req = urllib.request.Request(
        "https://openrouter.ai/api/v1/chat/completions",
        data=json.dumps(payload).encode("utf-8"),
        headers={
            "Authorization": "Bearer " + settings.extra.get("openrouter_api_key", ""),
            "Content-Type": "application/json",
        },
    )
    with urllib.request.urlopen(req, timeout=120) as resp:
        data = json.loads(resp.read())
    message_box(ctx, doc, data["choices"][0]["message"]["content"])


g_exportedScripts = (ask_document, ask_local_model)

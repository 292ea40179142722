"""The original support-reply demo (Gradio ChatInterface).

Kept at /support-legacy because the EMEA team still prefers it; the Chainlit app
is the supported one. Please don't add features here.
"""
import os

import gradio as gr
from openai import OpenAI

from common.prompts import SUPPORT_SYSTEM, render_kb_context
from tools.support_reply import kb

client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
MODEL = os.environ.get("SUPPORT_LEGACY_MODEL", "gpt-4o")


def respond(message, history):
    chunks = kb.search(message, k=4)
    messages = [{"role": "system", "content": SUPPORT_SYSTEM}]
    for turn in history:
        messages.append({"role": turn["role"], "content": turn["content"]})
    messages.append({
        "role": "user",
        "content": f"KB excerpts:\n{render_kb_context(chunks)}\n\nCustomer message:\n{message}",
    })
    partial = ""
    for chunk in client.chat.completions.create(model=MODEL, messages=messages,
                                                temperature=0.3, stream=True):
        if chunk.choices and chunk.choices[0].delta.content:
            partial += chunk.choices[0].delta.content
            yield partial


def build_app():
    return gr.ChatInterface(
        respond,
        type="messages",
        title="Support reply helper (legacy)",
        description="Paste the customer's message; you get a draft reply.",
    )

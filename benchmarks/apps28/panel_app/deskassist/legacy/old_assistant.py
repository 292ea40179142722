# -*- coding: utf-8 -*-
"""Original desk assistant (Streamlit era). Pinned to openai==0.28 in the old
image; the new image has openai>=1 so the v0 paths only work in the batch box.

TODO(DESK-412): port remaining callers to deskassist.services and delete.
"""
import json
import logging
import os

import anthropic
import google.generativeai as palm_genai
import openai
from anthropic import AI_PROMPT, HUMAN_PROMPT
from mistralai.client import MistralClient
from mistralai.models.chat_completion import ChatMessage

log = logging.getLogger("legacy.assistant")

openai.api_key = os.getenv("OPENAI_API_KEY")

MODEL = "gpt-3.5-turbo"
SYSTEM = "You are an energy markets analyst."


def ask_gpt(question, history=None, model=MODEL, temperature=0.3):
    messages = [{"role": "system", "content": SYSTEM}]
    for q, a in history or []:
        messages.append({"role": "user", "content": q})
        messages.append({"role": "assistant", "content": a})
    messages.append({"role": "user", "content": question})
    response = openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=temperature,
    )
    return response["choices"][0]["message"]["content"]


def embed(texts):
    res = openai.Embedding.create(input=texts, model="text-embedding-ada-002")
    return [row["embedding"] for row in res["data"]]


def ask_claude(question, max_tokens=600):
    client = anthropic.Anthropic(api_key=os.getenv("ANTHROPIC_API_KEY"))
    completion = client.completions.create(
        model="claude-2.1",
        max_tokens_to_sample=max_tokens,
        prompt=f"{HUMAN_PROMPT} {SYSTEM}\n\n{question}{AI_PROMPT}",
    )
    return completion.completion


def ask_mistral(question):
    client = MistralClient(api_key=os.getenv("MISTRAL_API_KEY"))
    resp = client.chat(
        model="mistral-medium",
        messages=[ChatMessage(role="system", content=SYSTEM), ChatMessage(role="user", content=question)],
    )
    return resp.choices[0].message.content


def ask_gemini(question):
    # google-generativeai, pre google-genai migration
    palm_genai.configure(api_key=os.getenv("GEMINI_API_KEY"))
    model = palm_genai.GenerativeModel("gemini-1.5-flash", system_instruction=SYSTEM)
    resp = model.generate_content(question)
    return resp.text


BACKENDS = {"gpt": ask_gpt, "claude": ask_claude, "mistral": ask_mistral, "gemini": ask_gemini}


def ask(question, backend="gpt"):
    """Dispatch used by the old Streamlit sidebar; kept for export_briefs --mode classic."""
    fn = BACKENDS.get(backend)
    if fn is None:
        raise ValueError("unknown backend %s" % backend)
    return fn(question)


def classic_brief(hub, settlements):
    """The 'classic' brief some traders still prefer (JSON in, prose out)."""
    payload = json.dumps({"hub": hub, "settlements": settlements})
    try:
        return ask_gpt("Write a 5-line market brief from this data: " + payload)
    except Exception:
        log.exception("gpt brief failed, trying claude")
        return ask_claude("Write a 5-line market brief from this data: " + payload)

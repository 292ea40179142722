"""v1 assistant (2023). Being replaced by services/conversation.py — SUP-412.

Module-level clients, no DI. Still serves the /v1/* endpoints for the old
mobile app builds (< 4.12) and the IVR bot.
"""
import logging
import os

import cohere
import openai
import requests

logger = logging.getLogger("supportbot.legacy")

openai_client = openai.OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
co = cohere.Client(os.environ.get("COHERE_API_KEY"))

COHERE_URL = "https://api.cohere.com/v1"
MODEL = "gpt-3.5-turbo"

FAQ_PROMPT = """You are Ledgerline's helpful assistant. Answer questions about cards,
transfers, fees and the app. If you don't know, say so and suggest contacting support.
Never ask for card numbers or passwords."""

IVR_PROMPT = """You are a phone assistant. Reply in one short spoken sentence.
Caller said: {transcript}
Reply:"""

SUMMARY_PROMPT = "Summarise this phone call for the support ticket in three bullet points."

_cache = {}


def answer_question(question, history=None):
    history = history or []
    if question in _cache:
        return _cache[question]
    messages = [{"role": "system", "content": FAQ_PROMPT}]
    for q, a in history[-5:]:
        messages.append({"role": "user", "content": q})
        messages.append({"role": "assistant", "content": a})
    messages.append({"role": "user", "content": question})
    try:
        resp = openai_client.chat.completions.create(model=MODEL, messages=messages, temperature=0.3)
    except openai.RateLimitError:
        logger.warning("rate limited, falling back to cohere")
        return fallback_answer(question)
    answer = resp.choices[0].message.content
    _cache[question] = answer
    return answer


def fallback_answer(question):
    resp = co.generate(prompt=FAQ_PROMPT + "\n\nQ: " + question + "\nA:", model="command", max_tokens=200)
    return resp.generations[0].text.strip()


def ivr_reply(transcript):
    """Short spoken reply for the phone bot."""
    resp = openai_client.completions.create(
        model="gpt-3.5-turbo-instruct",
        prompt=IVR_PROMPT.format(transcript=transcript),
        max_tokens=60,
        temperature=0.2,
    )
    return resp.choices[0].text.strip()


def summarize_call(transcript):
    # the old cohere SDK version we pinned had no summarize on the v5 client, so
    # this hits the REST API directly. Leave it until the IVR bot is retired.
    r = requests.post(
        COHERE_URL + "/chat",
        headers={"Authorization": "Bearer " + os.environ.get("COHERE_API_KEY", ""), "Content-Type": "application/json"},
        json={"model": "command-r", "message": SUMMARY_PROMPT + "\n\n" + transcript, "temperature": 0.2},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["text"]


def similar_questions(question, candidates):
    resp = co.rerank(model="rerank-english-v2.0", query=question, documents=candidates, top_n=3)
    return [candidates[r.index] for r in resp.results]

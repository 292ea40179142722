# -*- coding: utf-8 -*-
"""Original GPT helper from v0.3. Uses the module-level openai client.

DEPRECATED: use resources.lib.ai.providers.complete() instead.
"""
import openai

from resources.lib import kodiutils

openai.api_key = kodiutils.get_setting("openai_api_key")

MODEL = "gpt-3.5-turbo"


def ask_gpt(prompt, system="You are a helpful assistant for a media center."):
    try:
        resp = openai.chat.completions.create(
            model=MODEL,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        )
    except openai.OpenAIError as exc:
        kodiutils.log_error("ask_gpt failed: {}".format(exc))
        return None
    return resp.choices[0].message.content


def explain_ending(title):
    return ask_gpt("Explain the ending of {} in simple terms.".format(title))


def similar_titles(title, n=5):
    text = ask_gpt("List {} movies similar to {}. One per line, title (year).".format(n, title))
    return [line.strip("-• ").strip() for line in (text or "").splitlines() if line.strip()]


def embed(texts):
    resp = openai.embeddings.create(model="text-embedding-ada-002", input=texts)
    return [d.embedding for d in resp.data]

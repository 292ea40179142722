# -*- coding: utf-8 -*-
"""Legacy description writer from the 14.0 module (openai<1.0 era).

Still imported by the 'Regenerate (legacy)' server action of two customers
that pinned openai==0.28 on their on-premise servers. Do not extend.
"""
import logging

import openai
from anthropic import Anthropic

_logger = logging.getLogger(__name__)


def configure(api_key):
    openai.api_key = api_key


def write_description(name, notes, lang="en_US"):
    res = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "You write product descriptions in %s." % lang},
            {"role": "user", "content": "%s\n%s" % (name, notes or "")},
        ],
        temperature=0.8,
    )
    return res["choices"][0]["message"]["content"]


def write_tagline(name):
    res = openai.Completion.create(
        model="gpt-3.5-turbo-instruct",
        prompt="A catchy 6 word tagline for %s:" % name,
        max_tokens=20,
    )
    return res["choices"][0]["text"].strip()


def write_description_claude(api_key, name, notes):
    client = Anthropic(api_key=api_key)
    message = client.messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=400,
        messages=[{"role": "user", "content": "Describe this product for a webshop: %s\n%s" % (name, notes)}],
    )
    return message.content[0].text

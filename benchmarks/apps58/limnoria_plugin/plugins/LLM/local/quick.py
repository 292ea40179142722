"""Registry of 'quick' one-shot prompts (!define, !eli5, !regex).

Each handler is registered for a provider; the plugin picks the handler
matching the channel's provider, defaulting to groq because it's fast.
"""

import logging

from . import clients

log = logging.getLogger("supybot.plugins.LLM.quick")

QUICK_HANDLERS = {}


def register(provider):
    def deco(fn):
        QUICK_HANDLERS[provider] = fn
        return fn
    return deco


def _msgs(kind, text):
    instructions = {
        "define": "Define the term in one sentence.",
        "eli5": "Explain like I'm five, two sentences max.",
        "regex": "Write a single regular expression for the request. "
                 "Reply with the regex only.",
    }[kind]
    return [{"role": "system", "content": instructions},
            {"role": "user", "content": text}]


@register("groq")
def _quick_groq(kind, text, keys):
    client = clients.get_groq(keys.get("groq"))
    out = client.chat.completions.create(model="llama-3.1-8b-instant",
                                         messages=_msgs(kind, text),
                                         max_tokens=150)
    return out.choices[0].message.content


@register("mistral")
def _quick_mistral(kind, text, keys):
    out = clients.get_mistral(keys.get("mistral")).chat.complete(
        model="open-mistral-nemo",
        messages=_msgs(kind, text),
        max_tokens=150,
    )
    return out.choices[0].message.content


@register("openai")
def _quick_openai(kind, text, keys):
    client = clients.get_openai(keys.get("openai"))
    response = client.responses.create(model="gpt-4o-mini",
                                       input=_msgs(kind, text),
                                       max_output_tokens=150)
    return response.output_text


def run(kind, text, provider, keys):
    handler = QUICK_HANDLERS.get(provider) or QUICK_HANDLERS["groq"]
    return handler(kind, text, keys).strip()

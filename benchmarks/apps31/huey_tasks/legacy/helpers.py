"""Grab-bag of helpers from the cron era. Some are still imported by scripts."""
import os

import anthropic
import cohere

_claude = anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))
_co = cohere.ClientV2(api_key=os.environ.get("COHERE_API_KEY"))


def ask_claude(question, model="claude-3-5-haiku-latest"):
    msg = _claude.messages.create(
        model=model, max_tokens=500, messages=[{"role": "user", "content": question}]
    )
    return msg.content[0].text


def cohere_blurb(title):
    res = _co.chat(
        model="command-r-08-2024",
        messages=[{"role": "user", "content": f"One-line teaser for: {title}"}],
    )
    return res.message.content[0].text


def legacy_client():
    """Returned to scripts that still want the raw client."""
    return _claude


class Template:
    def __init__(self, text):
        self.text = text

    def render(self, **kwargs):
        return self.text.format(**kwargs)

    def chat(self, **kwargs):
        """Render as a single chat message dict (not an API call)."""
        return {"role": "user", "content": self.render(**kwargs)}

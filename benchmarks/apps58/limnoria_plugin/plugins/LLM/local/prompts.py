"""Prompt templates.  Marta wants these moved to the registry eventually."""

import string

SUMMARY_SYSTEM = (
    "You summarise IRC scrollback for people who just joined. Use at most "
    "{max_lines} short lines, no markdown, mention nicks only when it helps."
)

TRANSLATE_SYSTEM = (
    "Translate the user's message to {target}. Reply with the translation "
    "only. Keep IRC nicks, URLs and code untouched."
)

EXPLAIN_SYSTEM = (
    "You explain error messages and log lines pasted in a support channel. "
    "Say what is wrong and the most likely fix, in two or three lines."
)

TLDR_SYSTEM = "Give a one-line TL;DR of the following text."


class PromptBuilder(object):
    """Tiny templating helper so we don't sprinkle .format() everywhere."""

    def __init__(self, template, **defaults):
        self.template = string.Template(template) if "$" in template else None
        self.raw = template
        self.defaults = defaults

    def generate(self, **kwargs):
        values = dict(self.defaults)
        values.update(kwargs)
        if self.template is not None:
            return self.template.safe_substitute(values)
        return self.raw.format(**values)


def summary_system(max_lines=6):
    return PromptBuilder(SUMMARY_SYSTEM).generate(max_lines=max_lines)


def translate_system(target):
    return PromptBuilder(TRANSLATE_SYSTEM).generate(target=target)


def chat_messages(system, question, history=()):
    msgs = [{"role": "system", "content": system}]
    for role, content in history:
        msgs.append({"role": role, "content": content})
    msgs.append({"role": "user", "content": question})
    return msgs


def split_system(messages):
    """Anthropic wants the system prompt outside the message list."""
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [m for m in messages if m["role"] != "system"]
    return system, rest

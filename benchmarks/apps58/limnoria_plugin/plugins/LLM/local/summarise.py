"""Scrollback summaries.

Anthropic is the default summariser (long context, cheap haiku); the
OpenAI Responses API is the fallback when Anthropic is down or not
configured.
"""

import logging

from . import prompts
from .scrollback import Scrollback

log = logging.getLogger("supybot.plugins.LLM.summarise")

MAX_CHARS = 24000
SUMMARY_MODEL = "claude-3-5-haiku-latest"
FALLBACK_MODEL = "gpt-4o-mini"


def _clip(transcript):
    if len(transcript) <= MAX_CHARS:
        return transcript
    # keep the end, that's what people missed
    return "...\n" + transcript[-MAX_CHARS:]


def summarise_scrollback(client, lines, max_lines=6, focus=None):
    """``client`` is an ``anthropic.Anthropic`` from clients.get_anthropic."""
    transcript = _clip(Scrollback.render(lines))
    question = "Summarise this conversation."
    if focus:
        question += " Focus on anything about: %s." % focus
    message = client.messages.create(
        model=SUMMARY_MODEL,
        max_tokens=120 * max_lines,
        system=prompts.summary_system(max_lines),
        messages=[
            {"role": "user",
             "content": "%s\n\n<scrollback>\n%s\n</scrollback>"
                        % (question, transcript)},
        ],
    )
    return "".join(b.text for b in message.content if b.type == "text")


def summarise_with_openai(client, lines, max_lines=6):
    transcript = _clip(Scrollback.render(lines))
    response = client.responses.create(
        model=FALLBACK_MODEL,
        instructions=prompts.summary_system(max_lines),
        input=transcript,
        max_output_tokens=100 * max_lines,
    )
    return response.output_text


def summarise(bundle, lines, max_lines=6, focus=None):
    if not lines:
        return None
    try:
        return summarise_scrollback(bundle.anthropic, lines, max_lines, focus)
    except Exception:
        log.exception("anthropic summary failed, trying openai")
        return summarise_with_openai(bundle.openai, lines, max_lines)

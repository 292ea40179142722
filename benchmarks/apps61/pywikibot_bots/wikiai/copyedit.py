"""Copy-editing of stub articles with Claude."""
from __future__ import annotations

import difflib
import logging

import anthropic

from wikiai import prompts
from wikiai.clients import get_anthropic_client

log = logging.getLogger(__name__)

MAX_CHANGED_RATIO = 0.15


def copyedit(wikitext: str, model: str = 'claude-3-5-sonnet-latest',
             on_chunk=None) -> str:
    """Stream a corrected version of *wikitext*.

    Streaming is used because long stubs occasionally hit the 60s read
    timeout of the non-streaming endpoint.
    """
    client = get_anthropic_client()
    parts: list[str] = []
    with client.messages.stream(
        model=model,
        max_tokens=8192,
        system=prompts.COPYEDIT_SYSTEM,
        messages=[{'role': 'user', 'content': wikitext}],
    ) as stream:
        for text in stream.text_stream:
            parts.append(text)
            if on_chunk:
                on_chunk(text)
        final = stream.get_final_message()
    log.debug('copyedit used %d/%d tokens', final.usage.input_tokens,
              final.usage.output_tokens)
    return ''.join(parts)


def changed_ratio(old: str, new: str) -> float:
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return 1.0 - matcher.ratio()


def is_safe_edit(old: str, new: str) -> bool:
    """Reject edits that touch too much or drop refs/templates."""
    if changed_ratio(old, new) > MAX_CHANGED_RATIO:
        return False
    if old.count('<ref') != new.count('<ref'):
        return False
    if old.count('{{') != new.count('{{'):
        return False
    return True


# TODO(marta): remove once copyedit_bot -legacy is gone. This predates the
# shared client factory and still builds its own client.
def copyedit_paragraph(paragraph: str, api_key: str | None = None) -> str:
    client = anthropic.Anthropic(api_key=api_key)
    msg = client.messages.create(
        model='claude-3-haiku-20240307',
        max_tokens=2048,
        system=prompts.COPYEDIT_SYSTEM,
        messages=[{'role': 'user', 'content': paragraph}],
    )
    return msg.content[0].text

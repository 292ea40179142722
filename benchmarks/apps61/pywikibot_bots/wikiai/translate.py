"""Page translation with open models on Together."""
from __future__ import annotations

import logging
import os
import re

import requests

from wikiai import prompts
from wikiai.clients import get_together_client, get_together_openai_compat

log = logging.getLogger(__name__)

TOGETHER_API = 'https://api.together.xyz/v1'
DEFAULT_MODEL = 'meta-llama/Llama-3.3-70B-Instruct-Turbo'
LANG_NAMES = {'en': 'English', 'de': 'German', 'fr': 'French',
              'es': 'Spanish'}

_SECTION_RE = re.compile(r'(?m)^(?===[^=])')


def split_sections(wikitext: str, max_chars: int = 6000) -> list[str]:
    """Split on level-2 headings, then pack sections into chunks."""
    chunks, current = [], ''
    for section in _SECTION_RE.split(wikitext):
        if current and len(current) + len(section) > max_chars:
            chunks.append(current)
            current = ''
        current += section
    if current:
        chunks.append(current)
    return chunks


class Translator:

    def __init__(self, source: str, target: str,
                 model: str = DEFAULT_MODEL) -> None:
        self.source = source
        self.target = target
        self.model = model
        self.client = get_together_client()
        self.tokens_used = 0

    def _system(self) -> str:
        return prompts.render(prompts.TRANSLATE_SYSTEM,
                              source=LANG_NAMES[self.source],
                              target=LANG_NAMES[self.target])

    def translate_chunk(self, chunk: str) -> str:
        response = self.client.chat.completions.create(
            model=self.model,
            messages=[{'role': 'system', 'content': self._system()},
                      {'role': 'user', 'content': chunk}],
            temperature=0.1,
            max_tokens=4096,
        )
        if response.usage:
            self.tokens_used += response.usage.total_tokens
        return response.choices[0].message.content

    def translate(self, wikitext: str) -> str:
        return '\n'.join(self.translate_chunk(c)
                         for c in split_sections(wikitext))


class CompatTranslator(Translator):
    """Same thing via the OpenAI SDK; exposes rate-limit headers."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.client = get_together_openai_compat()
        self.remaining_requests: int | None = None

    def translate_chunk(self, chunk: str) -> str:
        raw = self.client.chat.completions.with_raw_response.create(
            model=self.model,
            messages=[{'role': 'system', 'content': self._system()},
                      {'role': 'user', 'content': chunk}],
            temperature=0.1,
        )
        remaining = raw.headers.get('x-ratelimit-remaining')
        self.remaining_requests = int(remaining) if remaining else None
        completion = raw.parse()
        return completion.choices[0].message.content


def translate_title(title: str, source: str, target: str,
                    model: str = DEFAULT_MODEL) -> str:
    """Titles are short; a plain HTTP call is cheaper than a client here."""
    resp = requests.post(
        f'{TOGETHER_API}/chat/completions',
        headers={'Authorization': f"Bearer {os.environ['TOGETHER_API_KEY']}"},
        json={
            'model': model,
            'messages': [{
                'role': 'user',
                'content': f'Translate this wiki article title from '
                           f'{LANG_NAMES[source]} to {LANG_NAMES[target]}. '
                           f'Answer with the title only: {title}',
            }],
            'max_tokens': 64,
            'temperature': 0,
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()['choices'][0]['message']['content'].strip().strip('"')

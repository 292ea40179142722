"""Article summaries.

``ArticleSummarizer`` is given an OpenAI-shaped client by the caller (the
summary bot passes the cached client from wikiai.clients). The Claude path
is a plain function because the Anthropic response shape is different.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from wikiai import prompts
from wikiai.wikitext import plain_text

log = logging.getLogger(__name__)


@dataclass
class Summary:
    title: str
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


class ArticleSummarizer:

    def __init__(self, client, model: str = 'gpt-4o-mini',
                 max_words: int = 80) -> None:
        self.client = client
        self.model = model
        self.max_words = max_words

    def _messages(self, title: str, wikitext: str) -> list[dict]:
        return [
            {'role': 'system',
             'content': prompts.render(prompts.SUMMARY_SYSTEM,
                                       max_words=self.max_words)},
            {'role': 'user',
             'content': prompts.render(prompts.SUMMARY_USER, title=title,
                                       text=plain_text(wikitext))},
        ]

    def summarize(self, title: str, wikitext: str) -> Summary:
        response = self.client.chat.completions.create(
            model=self.model,
            messages=self._messages(title, wikitext),
            temperature=0.2,
            max_tokens=400,
        )
        choice = response.choices[0]
        if choice.finish_reason == 'length':
            log.warning('summary for %s was truncated', title)
        return Summary(title, (choice.message.content or '').strip(),
                       self.model, response.usage.prompt_tokens,
                       response.usage.completion_tokens)

    def summarize_many(self, pages) -> list[Summary]:
        out = []
        for page in pages:
            try:
                out.append(self.summarize(page.title(), page.text))
            except Exception:  # keep going; the bot logs and skips
                log.exception('summary failed for %s', page.title())
        return out


def summarize_with_claude(client, title: str, wikitext: str,
                          model: str = 'claude-3-5-haiku-latest',
                          max_words: int = 80) -> Summary:
    message = client.messages.create(
        model=model,
        max_tokens=500,
        system=prompts.render(prompts.SUMMARY_SYSTEM, max_words=max_words),
        messages=[{
            'role': 'user',
            'content': prompts.render(prompts.SUMMARY_USER, title=title,
                                      text=plain_text(wikitext)),
        }],
    )
    text = ''.join(block.text for block in message.content
                   if block.type == 'text')
    return Summary(title, text.strip(), model, message.usage.input_tokens,
                   message.usage.output_tokens)

"""Mixins shared by the LLM bots."""
from __future__ import annotations

import pywikibot

from wikiai.clients import client_for
from wikiai.registry import resolve


class LLMBotMixin:
    """Adds ``-model`` handling and an ``ask_llm`` helper to a Bot.

    Subclasses must list ``'model'`` in their ``available_options``.
    """

    disclaimer = ('Generated with a language model and reviewed by '
                  'automated checks. Please report problems at '
                  '[[User talk:WikiAIBot]].')

    @property
    def model_spec(self):
        return resolve(self.opt.model)

    @property
    def llm(self):
        return client_for(self.model_spec.provider)

    def ask_llm(self, system: str, prompt: str, max_tokens: int = 1024) -> str:
        spec = self.model_spec
        if spec.provider == 'anthropic':
            msg = self.llm.messages.create(
                model=spec.model_id, max_tokens=max_tokens, system=system,
                messages=[{'role': 'user', 'content': prompt}])
            return msg.content[0].text
        if spec.provider == 'mistral':
            res = self.llm.chat.complete(
                model=spec.model_id, max_tokens=max_tokens,
                messages=[{'role': 'system', 'content': system},
                          {'role': 'user', 'content': prompt}])
            return res.choices[0].message.content
        res = self.llm.chat.completions.create(
            model=spec.model_id, max_tokens=max_tokens,
            messages=[{'role': 'system', 'content': system},
                      {'role': 'user', 'content': prompt}])
        return res.choices[0].message.content

    def edit_summary(self, action: str) -> str:
        return f'{action} ({self.model_spec.alias}) – {self.disclaimer}'

    def skip(self, reason: str) -> None:
        pywikibot.info(f'<<yellow>>Skipping {self.current_page}: {reason}')

# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Non-LLM helper filters used alongside the LLM ones in templates."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import re

from jinja2 import Environment

from ansible_collections.acme.llmops.plugins.module_utils.common import redact, truncate_lines
from ansible_collections.acme.llmops.plugins.module_utils.tokens import count_openai_tokens, estimate_cost

_ENV = Environment(autoescape=False)
_TICKET_TMPL = _ENV.from_string(
    "{% for section, body in sections %}## {{ section }}\n{{ body }}\n\n{% endfor %}"
)


class SectionBuilder(object):
    """Collects ticket sections; .create() renders them."""

    def __init__(self):
        self.sections = []

    def add(self, name, body):
        self.sections.append((name, body))
        return self

    def create(self):
        return ''.join(_TICKET_TMPL.generate(sections=self.sections))


def ticket_sections(mapping):
    builder = SectionBuilder()
    for name in ('Summary', 'Risk', 'Impact', 'Rollback plan', 'Validation'):
        builder.add(name, mapping.get(name.lower().replace(' ', '_'), 'n/a'))
    return builder.create()


def strip_ansi(text):
    return re.sub(r'\x1b\[[0-9;]*m', '', text or '')


def token_estimate(text, model='gpt-4o-mini'):
    return count_openai_tokens(text or '', model)


def llm_cost(usage, model):
    return estimate_cost(model, usage.get('input_tokens', 0), usage.get('output_tokens', 0))


class FilterModule(object):
    def filters(self):
        return {
            'redact_secrets': redact,
            'truncate_lines': truncate_lines,
            'strip_ansi': strip_ansi,
            'ticket_sections': ticket_sections,
            'token_estimate': token_estimate,
            'llm_cost': llm_cost,
        }

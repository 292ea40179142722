# -*- coding: utf-8 -*-
# Copyright: (c) 2023, Acme Platform SRE
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import os
import re

from ansible.module_utils.basic import env_fallback

SUPPORTED_PROVIDERS = ('openai', 'azure_openai', 'anthropic', 'cohere', 'watsonx')

DEFAULT_MODELS = {
    'openai': 'gpt-4o-mini',
    'azure_openai': 'gpt-4o-ops',
    'anthropic': 'claude-3-5-sonnet-20241022',
    'cohere': 'command-r-plus-08-2024',
    'watsonx': 'ibm/granite-3-8b-instruct',
}

DEFAULT_EMBED_MODELS = {
    'openai': 'text-embedding-3-small',
    'azure_openai': 'text-embedding-3-small',
    'cohere': 'embed-english-v3.0',
    'watsonx': 'ibm/slate-125m-english-rtrvr',
}


def llm_argument_spec():
    """Options shared by every module in the acme.llmops.llm action group."""
    return dict(
        provider=dict(type='str', default='openai', choices=list(SUPPORTED_PROVIDERS)),
        model=dict(type='str'),
        api_key=dict(type='str', no_log=True,
                     fallback=(env_fallback, ['ACME_LLM_API_KEY'])),
        api_base=dict(type='str', fallback=(env_fallback, ['ACME_LLM_API_BASE'])),
        api_version=dict(type='str', default='2024-06-01'),
        project_id=dict(type='str', fallback=(env_fallback, ['WATSONX_PROJECT_ID'])),
        timeout=dict(type='int', default=60),
        max_tokens=dict(type='int', default=800),
        temperature=dict(type='float', default=0.2),
        tracked=dict(type='bool', default=True),
    )


def resolve_model(params):
    return params.get('model') or DEFAULT_MODELS[params['provider']]


_SECRET_RE = re.compile(r'(?i)(password|passwd|secret|token|api[_-]?key)\s*[:=]\s*\S+')


def redact(text):
    if not text:
        return text
    return _SECRET_RE.sub(lambda m: '%s=<redacted>' % m.group(1), text)


def truncate_lines(text, max_lines=400):
    lines = text.splitlines()
    if len(lines) <= max_lines:
        return text
    head = lines[: max_lines // 4]
    tail = lines[-(max_lines - len(head)):]
    return '\n'.join(head + ['... (%d lines elided) ...' % (len(lines) - max_lines)] + tail)


def env_or(params, key, env):
    return params.get(key) or os.environ.get(env)

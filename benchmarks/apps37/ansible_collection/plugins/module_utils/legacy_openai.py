# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Pre-1.0 openai code path.

Kept only for the RHEL 7 jump hosts which are pinned to openai==0.28
(see LLMOPS-97). Do not add new callers; use providers.chat().
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import os

try:
    import openai
    LEGACY = openai.__version__.startswith('0.')
except ImportError:
    openai = None
    LEGACY = False


def configure(api_key=None, api_base=None):
    openai.api_key = api_key or os.environ.get('OPENAI_API_KEY')
    if api_base:
        openai.api_base = api_base


def legacy_summarize(text, model='gpt-3.5-turbo', max_tokens=500):
    resp = openai.ChatCompletion.create(
        model=model,
        messages=[
            {'role': 'system', 'content': 'Summarise these logs for an on-call engineer.'},
            {'role': 'user', 'content': text},
        ],
        max_tokens=max_tokens,
        temperature=0,
    )
    return resp['choices'][0]['message']['content']


def legacy_embed(texts, model='text-embedding-ada-002'):
    resp = openai.Embedding.create(input=texts, model=model)
    return [row['embedding'] for row in resp['data']]

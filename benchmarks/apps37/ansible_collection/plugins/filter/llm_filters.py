# -*- coding: utf-8 -*-
# Copyright: (c) 2024, Acme Platform SRE
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
name: llm_summary
short_description: Jinja filters backed by LLMs (llm_summary, llm_severity, llm_embed, llm_explain)
version_added: 1.2.0
author: Lucas Brandt (@lbrandt)
description:
  - C(llm_summary) summarises text with OpenAI.
  - C(llm_severity) asks a watsonx Granite model for a severity label.
  - C(llm_embed) embeds a list of strings (OpenAI, threaded batches).
  - C(llm_explain) explains a failed task result with Claude.
'''

import os
from concurrent.futures import ThreadPoolExecutor

from ansible.errors import AnsibleFilterError
from ansible_collections.acme.llmops.plugins.module_utils.llm_clients import (
    get_openai_client, get_anthropic_client, watsonx_credentials,
)
from ansible_collections.acme.llmops.plugins.module_utils.common import redact

try:
    from ibm_watsonx_ai.foundation_models import ModelInference
except ImportError:
    ModelInference = None

_SEVERITY_MODEL = None


def _severity_model():
    global _SEVERITY_MODEL
    if _SEVERITY_MODEL is None:
        if ModelInference is None:
            raise AnsibleFilterError('llm_severity requires ibm-watsonx-ai')
        _SEVERITY_MODEL = ModelInference(
            model_id='ibm/granite-3-8b-instruct',
            credentials=watsonx_credentials(),
            project_id=os.environ.get('WATSONX_PROJECT_ID'),
        )
    return _SEVERITY_MODEL


def llm_summary(text, model='gpt-4o-mini', max_words=80):
    client = get_openai_client()
    resp = client.chat.completions.create(
        model=model,
        messages=[{'role': 'user',
                   'content': 'Summarise in at most %d words:\n\n%s' % (max_words, redact(text))}],
        max_tokens=max_words * 3,
    )
    return resp.choices[0].message.content.strip()


def llm_severity(text):
    resp = _severity_model().chat(messages=[
        {'role': 'system', 'content': 'Answer with one word: sev1, sev2, sev3 or noise.'},
        {'role': 'user', 'content': text},
    ])
    return resp['choices'][0]['message']['content'].strip().lower()


def llm_embed(texts, model='text-embedding-3-small', batch=256):
    if isinstance(texts, str):
        texts = [texts]
    client = get_openai_client()
    batches = [texts[i:i + batch] for i in range(0, len(texts), batch)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(client.embeddings.create, model=model, input=b) for b in batches]
        out = []
        for fut in futures:
            out.extend(d.embedding for d in fut.result().data)
    return out


def llm_explain(task_result, model='claude-3-5-haiku-20241022'):
    if not isinstance(task_result, dict):
        raise AnsibleFilterError('llm_explain expects a registered task result')
    detail = '\n'.join('%s: %s' % (k, task_result.get(k)) for k in ('msg', 'stderr', 'stdout', 'rc')
                       if task_result.get(k) is not None)
    client = get_anthropic_client()
    msg = client.messages.create(model=model, max_tokens=300,
                                 messages=[{'role': 'user',
                                            'content': 'Explain this Ansible failure briefly:\n' + redact(detail)}])
    return msg.content[0].text


class FilterModule(object):
    def filters(self):
        return {
            'llm_summary': llm_summary,
            'llm_severity': llm_severity,
            'llm_embed': llm_embed,
            'llm_explain': llm_explain,
        }

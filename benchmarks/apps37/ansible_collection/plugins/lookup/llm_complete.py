# -*- coding: utf-8 -*-
# Copyright: (c) 2023, Acme Platform SRE
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
name: llm_complete
author: Dana Okafor (@dokafor)
version_added: 1.0.0
short_description: Ask an LLM a question from a template
description:
  - Returns one completion per term. Runs on the controller.
options:
  _terms:
    description: Prompts.
    required: true
  provider:
    description: Provider.
    type: str
    default: openai
    choices: [openai, azure_openai, anthropic]
    env:
      - name: ACME_LLM_PROVIDER
  model:
    description: Model or deployment.
    type: str
  system:
    description: Optional system prompt.
    type: str
  api_base:
    description: Azure endpoint / base URL.
    type: str
    env:
      - name: ACME_LLM_API_BASE
  max_tokens:
    type: int
    default: 400
    description: Maximum output tokens.
'''

EXAMPLES = r'''
- name: Explain a failing unit
  ansible.builtin.debug:
    msg: "{{ lookup('acme.llmops.llm_complete', 'Why would ' ~ unit ~ ' fail with: ' ~ err, provider='anthropic') }}"
'''

RETURN = r'''
_raw:
  description: Completions, one per term.
  type: list
  elements: str
'''

from ansible.errors import AnsibleLookupError
from ansible.plugins.lookup import LookupBase
from ansible.utils.display import Display

from ansible_collections.acme.llmops.plugins.module_utils.common import DEFAULT_MODELS
from ansible_collections.acme.llmops.plugins.module_utils.llm_clients import (
    get_openai_client, get_azure_client, get_anthropic_client,
)

display = Display()


class LookupModule(LookupBase):

    def _openai_like(self, provider):
        if provider == 'azure_openai':
            return get_azure_client(endpoint=self.get_option('api_base'))
        return get_openai_client(base_url=self.get_option('api_base'))

    def run(self, terms, variables=None, **kwargs):
        self.set_options(var_options=variables, direct=kwargs)
        provider = self.get_option('provider')
        model = self.get_option('model') or DEFAULT_MODELS[provider]
        system = self.get_option('system')
        max_tokens = self.get_option('max_tokens')

        ret = []
        for term in terms:
            display.vvv('llm_complete: %s/%s (%d chars)' % (provider, model, len(term)))
            try:
                if provider == 'anthropic':
                    msg = get_anthropic_client().messages.create(
                        model=model,
                        max_tokens=max_tokens,
                        system=system or 'Answer concisely.',
                        messages=[{'role': 'user', 'content': term}],
                    )
                    ret.append(msg.content[0].text)
                else:
                    client = self._openai_like(provider)
                    messages = [{'role': 'user', 'content': term}]
                    if system:
                        messages.insert(0, {'role': 'system', 'content': system})
                    resp = client.chat.completions.create(model=model, messages=messages,
                                                          max_tokens=max_tokens)
                    ret.append(resp.choices[0].message.content)
            except Exception as e:
                raise AnsibleLookupError('llm_complete failed for provider %s: %s' % (provider, e))
        return ret

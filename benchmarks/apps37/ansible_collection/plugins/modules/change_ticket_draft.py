#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: (c) 2024, Acme Platform SRE
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: change_ticket_draft
short_description: Draft (and optionally file) a change ticket from a diff
version_added: 1.1.0
description:
  - Produces a CAB-ready change description from a config diff and the play's target hosts.
  - With I(submit=true) the draft is filed in ServiceNow as a normal change.
options:
  summary:
    description: One-line description of the change.
    type: str
    required: true
  diff:
    description: Unified diff or play recap.
    type: str
    required: true
  hosts:
    description: Hosts affected.
    type: list
    elements: str
    default: []
  submit:
    description: File the ticket in ServiceNow.
    type: bool
    default: false
  snow_instance:
    type: str
    description: ServiceNow instance name.
  snow_username:
    type: str
    description: ServiceNow user.
  snow_password:
    type: str
    description: ServiceNow password.
  assignment_group:
    type: str
    default: platform-sre
    description: Group that owns the change.
extends_documentation_fragment:
  - acme.llmops.llm_provider
author:
  - Lucas Brandt (@lbrandt)
'''

EXAMPLES = r'''
- name: Draft a change ticket for the nginx rollout
  acme.llmops.change_ticket_draft:
    summary: Roll out nginx 1.25 to edge
    diff: "{{ nginx_diff.stdout }}"
    hosts: "{{ groups['edge'] }}"
    provider: azure_openai
    model: gpt-4o-cab
    api_base: https://acme-ops.openai.azure.com
'''

RETURN = r'''
draft:
  description: Ticket body.
  returned: always
  type: str
ticket:
  description: ServiceNow record when I(submit=true).
  returned: when submitted
  type: dict
'''

import asyncio

from ansible.module_utils.basic import AnsibleModule, missing_required_lib
from ansible_collections.acme.llmops.plugins.module_utils.common import (
    llm_argument_spec, resolve_model, redact,
)
from ansible_collections.acme.llmops.plugins.module_utils.llm_clients import (
    client_for, get_anthropic_client, missing_sdk,
)
from ansible_collections.acme.llmops.plugins.module_utils.prompts import TICKET_SYSTEM, ticket_prompt
from ansible_collections.acme.llmops.plugins.module_utils.usage_tracker import llm_tracker
from ansible_collections.acme.llmops.plugins.module_utils.watsonx import GraniteHelper
from ansible_collections.acme.llmops.plugins.module_utils.ticketing import ChangeRequestClient


class TicketDrafter(object):
    def __init__(self, module):
        self.module = module
        self.params = module.params
        self.model = resolve_model(module.params)
        self.client = None
        if self.params['provider'] in ('openai', 'azure_openai', 'cohere'):
            self.client = client_for(self.params)

    def draft_openai(self, prompt):
        # azure_openai: model is the deployment name
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[{'role': 'system', 'content': TICKET_SYSTEM},
                      {'role': 'user', 'content': prompt}],
            max_tokens=self.params['max_tokens'],
            temperature=self.params['temperature'],
        )
        return resp.choices[0].message.content

    def draft_cohere(self, prompt):
        resp = self.client.chat(
            model=self.model,
            messages=[{'role': 'system', 'content': TICKET_SYSTEM},
                      {'role': 'user', 'content': prompt}],
        )
        return resp.message.content[0].text

    async def draft_anthropic_tracked(self, prompt):
        client = get_anthropic_client(self.params['api_key'])
        async with llm_tracker.track_llm_call(provider='anthropic', model=self.model,
                                              feature_context='change_ticket') as usage_log:
            resp = client.messages.create(model=self.model, system=TICKET_SYSTEM,
                                          max_tokens=self.params['max_tokens'],
                                          messages=[{'role': 'user', 'content': prompt}])
            usage_log.input_tokens = resp.usage.input_tokens
            usage_log.output_tokens = resp.usage.output_tokens
        return resp.content[0].text

    def draft_watsonx(self, prompt):
        helper = GraniteHelper(self.model, self.params['project_id'], api_key=self.params['api_key'])
        return helper.complete('%s\n\n%s\n\nChange ticket:\n' % (TICKET_SYSTEM, prompt),
                               max_new_tokens=self.params['max_tokens'])

    def draft(self, prompt):
        provider = self.params['provider']
        if provider in ('openai', 'azure_openai'):
            return self.draft_openai(prompt)
        if provider == 'cohere':
            return self.draft_cohere(prompt)
        if provider == 'anthropic':
            return asyncio.run(self.draft_anthropic_tracked(prompt))
        return self.draft_watsonx(prompt)


def main():
    argument_spec = llm_argument_spec()
    argument_spec.update(
        summary=dict(type='str', required=True),
        diff=dict(type='str', required=True),
        hosts=dict(type='list', elements='str', default=[]),
        submit=dict(type='bool', default=False),
        snow_instance=dict(type='str'),
        snow_username=dict(type='str'),
        snow_password=dict(type='str', no_log=True),
        assignment_group=dict(type='str', default='platform-sre'),
    )
    module = AnsibleModule(
        argument_spec=argument_spec,
        required_if=[('submit', True, ('snow_instance', 'snow_username', 'snow_password'))],
        supports_check_mode=True,
    )
    lib, err = missing_sdk(module.params['provider'])
    if lib:
        module.fail_json(msg=missing_required_lib(lib), exception=err)

    prompt = ticket_prompt(module.params['summary'], redact(module.params['diff']), module.params['hosts'])
    try:
        draft = TicketDrafter(module).draft(prompt)
    except Exception as e:  # SDK errors differ per provider
        module.fail_json(msg='LLM request failed: %s' % e)

    result = dict(changed=False, draft=draft)
    if module.params['submit'] and not module.check_mode:
        snow = ChangeRequestClient(module.params['snow_instance'], module.params['snow_username'],
                                   module.params['snow_password'])
        result['ticket'] = snow.create(module.params['summary'], draft, module.params['assignment_group'])
        result['changed'] = True
    module.exit_json(**result)


if __name__ == '__main__':
    main()

#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: (c) 2023, Acme Platform SRE
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: log_summarize
short_description: Summarise a log file or journald output with an LLM
version_added: 1.0.0
description:
  - Reads a log file (or the C(content) option) on the managed node, redacts obvious secrets
    and asks the configured provider for an on-call summary.
options:
  path:
    description: Log file to read on the managed node.
    type: path
  content:
    description: Raw log text; mutually exclusive with I(path).
    type: str
  max_lines:
    description: Keep at most this many lines (head and tail) before sending.
    type: int
    default: 400
  max_bullets:
    description: Number of bullet points in the summary.
    type: int
    default: 8
  stream:
    description: Stream the response (Anthropic only); useful for very long logs.
    type: bool
    default: false
  legacy:
    description: Use the openai<1.0 code path (RHEL 7 jump hosts).
    type: bool
    default: false
extends_documentation_fragment:
  - acme.llmops.llm_provider
author:
  - Dana Okafor (@dokafor)
'''

EXAMPLES = r'''
- name: Summarise nginx errors
  acme.llmops.log_summarize:
    path: /var/log/nginx/error.log
    provider: anthropic
  register: summary

- name: Summarise journal output without tracking (lab only)
  acme.llmops.log_summarize:
    content: "{{ journal.stdout }}"
    tracked: false
'''

RETURN = r'''
summary:
  description: The generated summary.
  returned: success
  type: str
model:
  description: Model that produced the summary.
  returned: success
  type: str
usage:
  description: Token usage when known.
  returned: when not tracked
  type: dict
'''

import asyncio

from ansible.module_utils.basic import AnsibleModule, missing_required_lib
from ansible_collections.acme.llmops.plugins.module_utils.common import (
    llm_argument_spec, resolve_model, redact, truncate_lines,
)
from ansible_collections.acme.llmops.plugins.module_utils.llm_clients import (
    get_anthropic_client, missing_sdk,
)
from ansible_collections.acme.llmops.plugins.module_utils import providers
from ansible_collections.acme.llmops.plugins.module_utils.prompts import summary_messages, SUMMARY_SYSTEM
from ansible_collections.acme.llmops.plugins.module_utils.multi_model_service import (
    multi_model_service, TaskComplexity,
)
from ansible_collections.acme.llmops.plugins.module_utils import legacy_openai


def read_log(module):
    if module.params['content'] is not None:
        return module.params['content']
    try:
        with open(module.params['path'], 'r', errors='replace') as fh:
            return fh.read()
    except (IOError, OSError) as e:
        module.fail_json(msg='cannot read %s: %s' % (module.params['path'], e))


def stream_anthropic(module, model, messages):
    client = get_anthropic_client(module.params['api_key'], module.params['timeout'])
    system = messages[0]['content']
    parts = []
    with client.messages.stream(model=model, system=system, messages=messages[1:],
                                max_tokens=module.params['max_tokens']) as stream:
        for text in stream.text_stream:
            parts.append(text)
        final = stream.get_final_message()
    return ''.join(parts), dict(input_tokens=final.usage.input_tokens,
                                output_tokens=final.usage.output_tokens)


def main():
    argument_spec = llm_argument_spec()
    argument_spec.update(
        path=dict(type='path'),
        content=dict(type='str'),
        max_lines=dict(type='int', default=400),
        max_bullets=dict(type='int', default=8),
        stream=dict(type='bool', default=False),
        legacy=dict(type='bool', default=False),
    )
    module = AnsibleModule(
        argument_spec=argument_spec,
        mutually_exclusive=[('path', 'content')],
        required_one_of=[('path', 'content')],
        supports_check_mode=True,
    )

    lib, err = missing_sdk(module.params['provider'])
    if lib:
        module.fail_json(msg=missing_required_lib(lib), exception=err)

    text = truncate_lines(redact(read_log(module)), module.params['max_lines'])
    if module.check_mode:
        module.exit_json(changed=False, summary=None, chars=len(text))

    model = resolve_model(module.params)
    messages = summary_messages(text, module.params['max_bullets'])

    if module.params['legacy']:
        legacy_openai.configure(module.params['api_key'], module.params['api_base'])
        module.exit_json(changed=False, summary=legacy_openai.legacy_summarize(text), model='gpt-3.5-turbo')

    if module.params['stream'] and module.params['provider'] == 'anthropic':
        summary, usage = stream_anthropic(module, model, messages)
        module.exit_json(changed=False, summary=summary, model=model, usage=usage)

    if module.params['tracked'] and module.params['provider'] in ('openai', 'anthropic'):
        summary = asyncio.run(multi_model_service.generate_response(
            prompt=messages[1]['content'],
            system=SUMMARY_SYSTEM.format(max_bullets=module.params['max_bullets']),
            task_type='log_summary',
            complexity=TaskComplexity.SIMPLE,
            provider=module.params['provider'],
            model=model,
        ))
        module.exit_json(changed=False, summary=summary, model=model)

    result = providers.chat(module.params, model, messages)
    module.exit_json(changed=False, summary=result.text, model=result.model,
                     usage=dict(input_tokens=result.input_tokens, output_tokens=result.output_tokens))


if __name__ == '__main__':
    main()

#!/usr/bin/python
# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: llm_moderate
short_description: Screen free text (e.g. chatops input) with the OpenAI moderation endpoint
version_added: 1.3.0
options:
  text:
    description: Text to screen.
    type: str
    required: true
  api_key:
    description: OpenAI API key.
    type: str
  fail_on_flag:
    description: Fail the task when the input is flagged.
    type: bool
    default: true
author:
  - Priya Raman (@praman)
'''

EXAMPLES = r'''
- acme.llmops.llm_moderate:
    text: "{{ chatops_command }}"
'''

RETURN = r'''
flagged:
  description: Whether any category was flagged.
  returned: always
  type: bool
categories:
  description: Flagged categories.
  returned: always
  type: list
'''

import os
import traceback

from ansible.module_utils.basic import AnsibleModule, missing_required_lib

try:
    from openai import OpenAI
    HAS_OPENAI = True
    IMP_ERR = None
except ImportError:
    HAS_OPENAI = False
    IMP_ERR = traceback.format_exc()


def main():
    module = AnsibleModule(
        argument_spec=dict(
            text=dict(type='str', required=True),
            api_key=dict(type='str', no_log=True),
            fail_on_flag=dict(type='bool', default=True),
        ),
        supports_check_mode=True,
    )
    if not HAS_OPENAI:
        module.fail_json(msg=missing_required_lib('openai'), exception=IMP_ERR)

    client = OpenAI(api_key=module.params['api_key'] or os.environ.get('OPENAI_API_KEY'))
    result = client.moderations.create(model='omni-moderation-latest', input=module.params['text'])
    verdict = result.results[0]
    flagged_cats = [name for name, hit in verdict.categories.model_dump().items() if hit]
    if verdict.flagged and module.params['fail_on_flag']:
        module.fail_json(msg='input flagged by moderation', categories=flagged_cats)
    module.exit_json(changed=False, flagged=verdict.flagged, categories=flagged_cats)


if __name__ == '__main__':
    main()

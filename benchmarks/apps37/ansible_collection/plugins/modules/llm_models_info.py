#!/usr/bin/python
# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: llm_models_info
short_description: List models available to the configured credentials
version_added: 1.1.0
description:
  - Read-only; useful to validate credentials in a pre-flight play.
extends_documentation_fragment:
  - acme.llmops.llm_provider
author:
  - Lucas Brandt (@lbrandt)
'''

EXAMPLES = r'''
- acme.llmops.llm_models_info:
    provider: anthropic
  register: models
'''

RETURN = r'''
models:
  description: Model identifiers.
  returned: always
  type: list
  elements: str
'''

from ansible.module_utils.basic import AnsibleModule, missing_required_lib
from ansible_collections.acme.llmops.plugins.module_utils.common import llm_argument_spec, resolve_model
from ansible_collections.acme.llmops.plugins.module_utils import llm_clients


def main():
    module = AnsibleModule(argument_spec=llm_argument_spec(), supports_check_mode=True)
    p = module.params
    lib, err = llm_clients.missing_sdk(p['provider'])
    if lib:
        module.fail_json(msg=missing_required_lib(lib), exception=err)

    client = llm_clients.client_for(p)
    if p['provider'] in ('openai', 'azure_openai'):
        models = [m.id for m in client.models.list()]
    elif p['provider'] == 'anthropic':
        models = [m.id for m in client.models.list(limit=100)]
    elif p['provider'] == 'cohere':
        models = [m.name for m in client.models.list(page_size=100).models]
    else:
        details = client.get_details()
        models = [details.get('model_id', resolve_model(p))]
    module.exit_json(changed=False, models=sorted(models))


if __name__ == '__main__':
    main()

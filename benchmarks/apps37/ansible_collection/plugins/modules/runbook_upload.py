#!/usr/bin/python
# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: runbook_upload
short_description: Upload runbooks to an OpenAI vector store (file search)
version_added: 1.3.0
options:
  files:
    description: Files to upload.
    type: list
    elements: path
    required: true
  vector_store_id:
    description: Target vector store.
    type: str
    required: true
  state:
    type: str
    choices: [present, absent]
    default: present
    description: Whether the files should be attached.
extends_documentation_fragment:
  - acme.llmops.llm_provider
author:
  - Dana Okafor (@dokafor)
'''

EXAMPLES = r'''
- acme.llmops.runbook_upload:
    files: "{{ lookup('fileglob', 'runbooks/*.md', wantlist=True) }}"
    vector_store_id: vs_ops_runbooks
'''

RETURN = r'''
file_ids:
  description: Uploaded file ids.
  returned: when state=present
  type: list
'''

import os

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.acme.llmops.plugins.module_utils.common import llm_argument_spec
from ansible_collections.acme.llmops.plugins.module_utils.llm_clients import get_openai_client


def main():
    argument_spec = llm_argument_spec()
    argument_spec.update(
        files=dict(type='list', elements='path', required=True),
        vector_store_id=dict(type='str', required=True),
        state=dict(type='str', choices=['present', 'absent'], default='present'),
    )
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True)
    client = get_openai_client(module.params['api_key'], module.params['api_base'])

    existing = {}
    for f in client.vector_stores.files.list(vector_store_id=module.params['vector_store_id']):
        meta = client.files.retrieve(f.id)
        existing[meta.filename] = f.id

    wanted = [p for p in module.params['files'] if os.path.basename(p) not in existing]
    if module.params['state'] == 'absent':
        gone = [existing[os.path.basename(p)] for p in module.params['files'] if os.path.basename(p) in existing]
        if not module.check_mode:
            for fid in gone:
                client.vector_stores.files.delete(file_id=fid, vector_store_id=module.params['vector_store_id'])
        module.exit_json(changed=bool(gone), removed=gone)

    if module.check_mode:
        module.exit_json(changed=bool(wanted), file_ids=[])

    ids = []
    for path in wanted:
        with open(path, 'rb') as fh:
            uploaded = client.files.create(file=fh, purpose='assistants')
        client.vector_stores.files.create(vector_store_id=module.params['vector_store_id'], file_id=uploaded.id)
        ids.append(uploaded.id)
    module.exit_json(changed=bool(ids), file_ids=ids)


if __name__ == '__main__':
    main()

#!/usr/bin/python
# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: runbook_embed
short_description: Embed runbooks into the local JSON vector index
version_added: 1.0.0
description:
  - Splits markdown runbooks into chunks, embeds new or changed chunks and writes them to I(index_path).
options:
  runbooks:
    description: Markdown files to index.
    type: list
    elements: path
    required: true
  index_path:
    description: JSON index file.
    type: path
    required: true
  embed_model:
    description: Embedding model; defaults per provider.
    type: str
  batch_size:
    type: int
    default: 64
    description: Chunks per request.
extends_documentation_fragment:
  - acme.llmops.llm_provider
author:
  - Dana Okafor (@dokafor)
'''

EXAMPLES = r'''
- acme.llmops.runbook_embed:
    runbooks: "{{ lookup('fileglob', 'runbooks/*.md', wantlist=True) }}"
    index_path: /srv/llmops/runbooks.json
    provider: cohere
'''

RETURN = r'''
embedded:
  description: Number of chunks (re-)embedded.
  returned: always
  type: int
'''

import json
import os

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.acme.llmops.plugins.module_utils.common import llm_argument_spec
from ansible_collections.acme.llmops.plugins.module_utils.embeddings import Embedder, chunk_text, content_hash


def load_index(path):
    if not os.path.exists(path):
        return {}
    with open(path) as fh:
        return json.load(fh)


def main():
    argument_spec = llm_argument_spec()
    argument_spec.update(
        runbooks=dict(type='list', elements='path', required=True),
        index_path=dict(type='path', required=True),
        embed_model=dict(type='str'),
        batch_size=dict(type='int', default=64),
    )
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True)

    index = load_index(module.params['index_path'])
    pending = []
    for path in module.params['runbooks']:
        with open(path) as fh:
            text = fh.read()
        for i, chunk in enumerate(chunk_text(text)):
            key = '%s#%d' % (os.path.basename(path), i)
            digest = content_hash(chunk)
            if index.get(key, {}).get('sha256') != digest:
                pending.append((key, digest, chunk))

    if module.check_mode or not pending:
        module.exit_json(changed=bool(pending), embedded=len(pending))

    embedder = Embedder(module.params)
    bs = module.params['batch_size']
    for start in range(0, len(pending), bs):
        batch = pending[start:start + bs]
        vectors = embedder.embed([c for _, _, c in batch])
        for (key, digest, chunk), vec in zip(batch, vectors):
            index[key] = dict(sha256=digest, text=chunk, vector=vec, model=embedder.model)

    with open(module.params['index_path'], 'w') as fh:
        json.dump(index, fh)
    module.exit_json(changed=True, embedded=len(pending))


if __name__ == '__main__':
    main()

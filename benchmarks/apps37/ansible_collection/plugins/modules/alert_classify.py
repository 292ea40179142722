#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: (c) 2024, Acme Platform SRE
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: alert_classify
short_description: Classify Alertmanager alerts into severity buckets
version_added: 1.2.0
description:
  - Sends each alert's labels and annotations to the model and returns a label from I(labels).
options:
  alerts:
    description: List of alert dicts (Alertmanager webhook format).
    type: list
    elements: dict
    required: true
  labels:
    description: Allowed labels.
    type: list
    elements: str
    default: [sev1, sev2, sev3, noise]
  use_responses_api:
    description: Use the OpenAI Responses API instead of chat completions (openai only).
    type: bool
    default: true
extends_documentation_fragment:
  - acme.llmops.llm_provider
author:
  - Priya Raman (@praman)
'''

EXAMPLES = r'''
- name: Triage firing alerts
  acme.llmops.alert_classify:
    alerts: "{{ am_payload.alerts }}"
    provider: cohere
  register: triage
'''

RETURN = r'''
results:
  description: One entry per alert with label, confidence and reason.
  returned: always
  type: list
  elements: dict
'''

import json

from ansible.module_utils.basic import AnsibleModule, missing_required_lib
from ansible.module_utils.common.text.converters import to_text
from ansible_collections.acme.llmops.plugins.module_utils.common import llm_argument_spec, resolve_model
from ansible_collections.acme.llmops.plugins.module_utils import llm_clients
from ansible_collections.acme.llmops.plugins.module_utils.prompts import classify_messages, CLASSIFY_SYSTEM


def _parse(raw, labels):
    try:
        data = json.loads(raw)
    except ValueError:
        return dict(label='noise', confidence=0.0, reason='unparseable: %s' % to_text(raw)[:200])
    if data.get('label') not in labels:
        data['label'] = 'noise'
    return data


def classify_openai(client, model, alert, labels, use_responses):
    messages = classify_messages(alert, labels)
    if use_responses:
        raw = client.responses.with_raw_response.create(
            model=model,
            instructions=messages[0]['content'],
            input=messages[1]['content'],
            text={'format': {'type': 'json_object'}},
        )
        remaining = raw.headers.get('x-ratelimit-remaining-requests')
        return raw.parse().output_text, remaining
    resp = client.chat.completions.create(model=model, messages=messages,
                                          response_format={'type': 'json_object'})
    return resp.choices[0].message.content, None


def classify_cohere(client, model, alert, labels):
    messages = classify_messages(alert, labels)
    resp = client.chat(model=model, messages=messages,
                       response_format={'type': 'json_object'}, temperature=0)
    return resp.message.content[0].text


def classify_watsonx(model_inference, alert, labels):
    prompt = CLASSIFY_SYSTEM.format(labels=', '.join(labels)) + '\n\n' + json.dumps(alert) + '\nJSON:'
    return model_inference.generate_text(prompt=prompt, params={'max_new_tokens': 120})


def main():
    argument_spec = llm_argument_spec()
    argument_spec.update(
        alerts=dict(type='list', elements='dict', required=True),
        labels=dict(type='list', elements='str', default=['sev1', 'sev2', 'sev3', 'noise']),
        use_responses_api=dict(type='bool', default=True),
    )
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True)
    p = module.params
    lib, err = llm_clients.missing_sdk(p['provider'])
    if lib:
        module.fail_json(msg=missing_required_lib(lib), exception=err)
    if p['provider'] == 'anthropic':
        module.fail_json(msg='anthropic is not supported by alert_classify yet (LLMOPS-233)')

    model = resolve_model(p)
    results = []
    rate_remaining = None
    if p['provider'] == 'watsonx':
        wx = llm_clients.get_watsonx_model(model, p['project_id'], api_key=p['api_key'])
    elif p['provider'] == 'cohere':
        co = llm_clients.get_cohere_client(p['api_key'], p['timeout'])
    else:
        oai = llm_clients.client_for(p)

    for alert in p['alerts']:
        compact = dict(alert.get('labels', {}), **alert.get('annotations', {}))
        if p['provider'] == 'watsonx':
            raw = classify_watsonx(wx, compact, p['labels'])
        elif p['provider'] == 'cohere':
            raw = classify_cohere(co, model, compact, p['labels'])
        else:
            raw, rate_remaining = classify_openai(oai, model, compact, p['labels'],
                                                  p['use_responses_api'] and p['provider'] == 'openai')
        entry = _parse(raw, p['labels'])
        entry['fingerprint'] = alert.get('fingerprint')
        results.append(entry)

    module.exit_json(changed=False, results=results, rate_limit_remaining=rate_remaining)


if __name__ == '__main__':
    main()

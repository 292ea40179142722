# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

"""SDK-less fallback for managed nodes where we cannot pip install anything.

Uses ansible's own open_url (urllib under the hood) so it works on any host
that has Python.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import json

from ansible.module_utils.urls import open_url

ANTHROPIC_URL = 'https://api.anthropic.com/v1/messages'
OPENAI_URL = 'https://api.openai.com/v1/chat/completions'


def anthropic_messages(api_key, model, prompt, max_tokens=600, timeout=60):
    body = {
        'model': model,
        'max_tokens': max_tokens,
        'messages': [{'role': 'user', 'content': prompt}],
    }
    resp = open_url(
        ANTHROPIC_URL,
        method='POST',
        data=json.dumps(body),
        headers={
            'x-api-key': api_key,
            'anthropic-version': '2023-06-01',
            'content-type': 'application/json',
        },
        timeout=timeout,
    )
    payload = json.loads(resp.read())
    return ''.join(part['text'] for part in payload['content'] if part['type'] == 'text')


def azure_chat(endpoint, deployment, api_key, messages, api_version='2024-06-01', timeout=60):
    url = '%s/openai/deployments/%s/chat/completions?api-version=%s' % (
        endpoint.rstrip('/'), deployment, api_version)
    resp = open_url(url, method='POST', data=json.dumps({'messages': messages}),
                    headers={'api-key': api_key, 'Content-Type': 'application/json'},
                    timeout=timeout)
    return json.loads(resp.read())['choices'][0]['message']['content']


def list_openai_models(api_key, timeout=30):
    resp = open_url('https://api.openai.com/v1/models', method='GET',
                    headers={'Authorization': 'Bearer %s' % api_key}, timeout=timeout)
    return [m['id'] for m in json.loads(resp.read())['data']]

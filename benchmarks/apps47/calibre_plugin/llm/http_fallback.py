"""Plain-HTTP fallback for machines where the vendored SDKs fail to load
(old macOS builds of calibre ship a Python without some C extensions).

Uses only the standard library on purpose.
"""

import json
import urllib.request

from calibre_plugins.ai_book_assistant.config import api_key_for, model_for

OPENAI_URL = 'https://api.openai.com/v1/chat/completions'
ANTHROPIC_URL = 'https://api.anthropic.com/v1/messages'
MISTRAL_URL = 'https://api.mistral.ai/v1/chat/completions'


def _post_json(url, payload, headers, timeout=90):
    data = json.dumps(payload).encode('utf-8')
    req = urllib.request.Request(url, data=data, method='POST')
    req.add_header('Content-Type', 'application/json')
    for k, v in headers.items():
        req.add_header(k, v)
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return json.loads(resp.read().decode('utf-8'))


def openai_chat(messages, max_tokens=800):
    body = _post_json(OPENAI_URL, {
        'model': model_for('openai'),
        'messages': messages,
        'max_tokens': max_tokens,
    }, {'Authorization': 'Bearer ' + api_key_for('openai')})
    return body['choices'][0]['message']['content']


def anthropic_chat(system, messages, max_tokens=800):
    body = _post_json(ANTHROPIC_URL, {
        'model': model_for('anthropic'),
        'system': system,
        'messages': messages,
        'max_tokens': max_tokens,
    }, {'x-api-key': api_key_for('anthropic'), 'anthropic-version': '2023-06-01'})
    return ''.join(b.get('text', '') for b in body.get('content', []))


def mistral_chat(messages, max_tokens=800):
    req = urllib.request.Request(
        MISTRAL_URL,
        data=json.dumps({'model': model_for('mistral'), 'messages': messages,
                         'max_tokens': max_tokens}).encode('utf-8'),
        headers={'Authorization': 'Bearer ' + api_key_for('mistral'),
                 'Content-Type': 'application/json'})
    with urllib.request.urlopen(req, timeout=90) as resp:
        body = json.loads(resp.read())
    return body['choices'][0]['message']['content']


def check_connectivity():
    # GET on the models endpoint: free, used by the diagnostics button
    req = urllib.request.Request('https://api.openai.com/v1/models',
                                 headers={'Authorization': 'Bearer ' + api_key_for('openai')})
    with urllib.request.urlopen(req, timeout=15) as resp:
        return resp.status == 200

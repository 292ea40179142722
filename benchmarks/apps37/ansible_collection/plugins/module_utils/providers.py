# -*- coding: utf-8 -*-
# Copyright: (c) 2023, Acme Platform SRE
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Provider-neutral chat completion used by the modules.

Each backend takes (client, model, messages, **opts) and returns a
ChatResult. The registry is keyed by the ``provider`` module option.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import collections

from ansible_collections.acme.llmops.plugins.module_utils.llm_clients import client_for

ChatResult = collections.namedtuple('ChatResult', ['text', 'model', 'input_tokens', 'output_tokens'])


def _split_system(messages):
    system = '\n'.join(m['content'] for m in messages if m['role'] == 'system')
    rest = [m for m in messages if m['role'] != 'system']
    return system, rest


def _openai_chat(client, model, messages, max_tokens=800, temperature=0.2, **_):
    resp = client.chat.completions.create(
        model=model,
        messages=messages,
        max_tokens=max_tokens,
        temperature=temperature,
    )
    usage = resp.usage
    return ChatResult(resp.choices[0].message.content, resp.model,
                      usage.prompt_tokens, usage.completion_tokens)


def _anthropic_chat(client, model, messages, max_tokens=800, temperature=0.2, **_):
    system, rest = _split_system(messages)
    resp = client.messages.create(model=model, system=system, messages=rest,
                                  max_tokens=max_tokens, temperature=temperature)
    text = ''.join(block.text for block in resp.content if block.type == 'text')
    return ChatResult(text, resp.model, resp.usage.input_tokens, resp.usage.output_tokens)


def _cohere_chat(client, model, messages, max_tokens=800, temperature=0.2, **_):
    resp = client.chat(model=model, messages=messages, max_tokens=max_tokens,
                       temperature=temperature)
    text = ''.join(item.text for item in resp.message.content)
    tokens = resp.usage.tokens
    return ChatResult(text, model, int(tokens.input_tokens or 0), int(tokens.output_tokens or 0))


def _watsonx_chat(client, model, messages, max_tokens=800, temperature=0.2, **_):
    # client is a ModelInference already bound to model_id
    resp = client.chat(messages=messages,
                       params={'max_tokens': max_tokens, 'temperature': temperature})
    usage = resp.get('usage', {})
    return ChatResult(resp['choices'][0]['message']['content'], resp.get('model_id', model),
                      usage.get('prompt_tokens', 0), usage.get('completion_tokens', 0))


BACKENDS = {
    'openai': _openai_chat,
    'azure_openai': _openai_chat,
    'anthropic': _anthropic_chat,
    'cohere': _cohere_chat,
    'watsonx': _watsonx_chat,
}


def chat(params, model, messages):
    """Run one chat turn for the module params; returns ChatResult."""
    backend = BACKENDS[params['provider']]
    client = client_for(params)
    return backend(client, model, messages,
                   max_tokens=params.get('max_tokens', 800),
                   temperature=params.get('temperature', 0.2))

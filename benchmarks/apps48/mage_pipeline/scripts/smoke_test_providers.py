#!/usr/bin/env python
"""Hit each provider once with a tiny prompt. Run after rotating keys."""
import asyncio
import os
import sys

import cohere
import litellm
from anthropic import AsyncAnthropic
from openai import OpenAI
from together import AsyncTogether

PROMPT = 'Reply with the single word: pong'


def check_openai() -> str:
    client = OpenAI()
    r = client.responses.create(model='gpt-4o-mini', input=PROMPT, max_output_tokens=16)
    return r.output_text


def check_together_compat() -> str:
    client = OpenAI(api_key=os.environ['TOGETHER_API_KEY'], base_url='https://api.together.xyz/v1')
    r = client.chat.completions.create(
        model='meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo',
        messages=[{'role': 'user', 'content': PROMPT}],
        max_tokens=5,
    )
    return r.choices[0].message.content


def check_cohere() -> str:
    co = cohere.ClientV2()
    chunks = []
    for event in co.chat_stream(model='command-r', messages=[{'role': 'user', 'content': PROMPT}]):
        if event.type == 'content-delta':
            chunks.append(event.delta.message.content.text)
    return ''.join(chunks)


async def check_anthropic() -> str:
    client = AsyncAnthropic()
    msg = await client.messages.create(
        model='claude-3-5-haiku-20241022', max_tokens=5, messages=[{'role': 'user', 'content': PROMPT}]
    )
    return msg.content[0].text


async def check_together() -> str:
    client = AsyncTogether()
    r = await client.chat.completions.create(
        model='meta-llama/Llama-3.3-70B-Instruct-Turbo',
        messages=[{'role': 'user', 'content': PROMPT}],
        max_tokens=5,
    )
    return r.choices[0].message.content


def check_cohere_embed() -> str:
    co = cohere.ClientV2()
    emb = co.embed(texts=[PROMPT], model='embed-english-v3.0', input_type='search_query',
                   embedding_types=['float'])
    return f'dim={len(emb.embeddings.float_[0])}'


def check_litellm() -> str:
    r = litellm.completion(model='anthropic/claude-3-5-haiku-20241022',
                           messages=[{'role': 'user', 'content': PROMPT}], max_tokens=5)
    return r.choices[0].message.content


def main() -> int:
    failures = 0
    checks = {
        'openai': check_openai,
        'together_compat': check_together_compat,
        'cohere': check_cohere,
        'litellm': check_litellm,
        'cohere_embed': check_cohere_embed,
        'anthropic': lambda: asyncio.run(check_anthropic()),
        'together': lambda: asyncio.run(check_together()),
    }
    for name, fn in checks.items():
        try:
            print(f'{name:16s} ok  {fn()!r}')
        except Exception as exc:  # noqa: BLE001
            failures += 1
            print(f'{name:16s} FAIL {exc}')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())

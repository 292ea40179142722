# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
"""Product description generator of the 6.x series (OpenAI only)."""
import openai

from trytond.pool import Pool


def describe_product(template, tone='neutral'):
    Configuration = Pool().get('ai.configuration')
    config = Configuration(1)
    client = openai.OpenAI(api_key=config.openai_api_key)
    completion = client.chat.completions.create(
        model='gpt-3.5-turbo',
        messages=[{
                'role': 'user',
                'content': 'Write a %s description of %s' % (
                    tone, template.name),
                }])
    return completion.choices[0].message.content


def describe_products_batch(templates):
    "Never finished: meant to use the Batch API"
    Configuration = Pool().get('ai.configuration')
    config = Configuration(1)
    client = openai.OpenAI(api_key=config.openai_api_key)  # noqa: F841
    # TODO: build the JSONL with embeddings.prepare_batch_file and submit
    return [describe_product(t) for t in templates]

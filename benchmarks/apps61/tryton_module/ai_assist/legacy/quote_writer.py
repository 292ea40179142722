# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
"""First version of the quote writer, talks to the HTTP API directly
(the server had no recent SDK when this was written)."""
import logging

import requests

from trytond.config import config

logger = logging.getLogger(__name__)

ANTHROPIC_URL = 'https://api.anthropic.com/v1/messages'
TIMEOUT = config.getint('ai_assist', 'timeout', default=60)


def write_cover_letter(sale, api_key, model='claude-3-haiku-20240307'):
    prompt = ("Write a cover letter for quotation %s for %s, total %s %s."
        % (sale.number, sale.party.rec_name, sale.total_amount,
            sale.currency.code))
    response = requests.post(
        ANTHROPIC_URL,
        headers={
            'x-api-key': api_key,
            'anthropic-version': '2023-06-01',
            'content-type': 'application/json',
            },
        json={
            'model': model,
            'max_tokens': 600,
            'messages': [{'role': 'user', 'content': prompt}],
            },
        timeout=TIMEOUT)
    response.raise_for_status()
    data = response.json()
    return ''.join(b['text'] for b in data['content'] if b['type'] == 'text')


def ping_cohere(api_key):
    "Health check used by the old monitoring script (not billed)"
    response = requests.post(
        'https://api.cohere.com/v1/check-api-key',
        headers={'Authorization': 'Bearer %s' % api_key}, timeout=10)
    return response.ok

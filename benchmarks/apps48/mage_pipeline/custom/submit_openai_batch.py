"""Upload the backfill requests as an OpenAI Batch input file.

Only uploads and polls; creating the batch itself is done by an on-call
engineer from the OpenAI dashboard after checking the estimate printed here.
"""
import io
import json

import pandas as pd

from mage_pipeline.utils.clients import get_openai_client
from mage_pipeline.utils.costs import count_openai_tokens, estimate_cost
from mage_pipeline.utils.prompts import build_classification_messages

if 'custom' not in globals():
    from mage_ai.data_preparation.decorators import custom


@custom
def upload_batch_file(df: pd.DataFrame, *args, **kwargs):
    client = get_openai_client()
    model = kwargs.get('classification_model', 'gpt-4o-mini')
    lines, tokens = [], 0
    for row in df.itertuples(index=False):
        messages = build_classification_messages(row.subject, row.body)
        tokens += sum(count_openai_tokens(m['content'], model) for m in messages)
        lines.append(json.dumps({
            'custom_id': f'ticket-{row.ticket_id}',
            'method': 'POST',
            'url': '/v1/chat/completions',
            'body': {'model': model, 'messages': messages, 'max_tokens': 200},
        }))
    buf = io.BytesIO('\n'.join(lines).encode())
    buf.name = 'backfill.jsonl'
    uploaded = client.files.create(file=buf, purpose='batch')
    estimate = estimate_cost(model, tokens, 60 * len(lines)) * 0.5  # batch discount
    print(f'uploaded {uploaded.id}: {len(lines)} requests, ~{tokens} input tokens, ~${estimate:.2f}')

    previous = kwargs.get('previous_batch_id')
    status = client.batches.retrieve(previous).status if previous else None
    return {'file_id': uploaded.id, 'requests': len(lines), 'estimate_usd': estimate, 'previous_status': status}

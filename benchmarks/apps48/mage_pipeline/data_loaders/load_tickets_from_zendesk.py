"""Alternative loader hitting the Zendesk incremental API directly.

Used by the staging pipeline where we don't have the warehouse replica.
"""
import time

import pandas as pd
import requests
from mage_ai.data_preparation.shared.secrets import get_secret_value

if 'data_loader' not in globals():
    from mage_ai.data_preparation.decorators import data_loader
if 'test' not in globals():
    from mage_ai.data_preparation.decorators import test


def _session() -> requests.Session:
    s = requests.Session()
    s.auth = (f"{get_secret_value('zendesk_email')}/token", get_secret_value('zendesk_api_token'))
    s.headers['Accept'] = 'application/json'
    return s


@data_loader
def load_data(*args, **kwargs):
    subdomain = kwargs.get('zendesk_subdomain', 'acme')
    start_time = int(time.time()) - int(kwargs.get('lookback_hours', 6)) * 3600
    url = f'https://{subdomain}.zendesk.com/api/v2/incremental/tickets/cursor.json'
    params = {'start_time': start_time, 'include': 'comment_count'}
    session = _session()
    rows = []
    while url:
        resp = session.get(url, params=params, timeout=30)
        if resp.status_code == 429:
            time.sleep(int(resp.headers.get('Retry-After', 10)))
            continue
        resp.raise_for_status()
        payload = resp.json()
        for t in payload.get('tickets', []):
            if t.get('status') in {'solved', 'closed'}:
                continue
            rows.append({
                'ticket_id': t['id'],
                'subject': t.get('subject') or '',
                'body': t.get('description') or '',
                'requester_email': None,
                'priority': t.get('priority'),
                'created_at': t.get('created_at'),
                'updated_at': t.get('updated_at'),
                'comments': [],
            })
        url = None if payload.get('end_of_stream') else payload.get('after_url')
        params = None
    return pd.DataFrame(rows)


@test
def test_output(output, *args) -> None:
    assert output is not None

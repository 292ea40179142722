from os import path

from mage_ai.data_preparation.repo_manager import get_repo_path
from mage_ai.io.config import ConfigFileLoader
from mage_ai.io.postgres import Postgres

if 'data_loader' not in globals():
    from mage_ai.data_preparation.decorators import data_loader
if 'test' not in globals():
    from mage_ai.data_preparation.decorators import test


QUERY = """
SELECT t.id            AS ticket_id,
       t.subject,
       t.description   AS body,
       t.requester_email,
       t.priority,
       t.created_at,
       t.updated_at,
       COALESCE(array_agg(c.body ORDER BY c.created_at) FILTER (WHERE c.id IS NOT NULL), '{{}}') AS comments
FROM support.tickets t
LEFT JOIN support.ticket_comments c ON c.ticket_id = t.id AND c.public
LEFT JOIN support.ticket_enrichment e ON e.ticket_id = t.id
WHERE t.status IN ('new', 'open', 'pending')
  AND t.updated_at >= now() - interval '{lookback} hours'
  AND (e.ticket_id IS NULL OR e.enriched_at < t.updated_at)
GROUP BY t.id
ORDER BY t.updated_at DESC
LIMIT {limit}
"""


@data_loader
def load_data_from_postgres(*args, **kwargs):
    """Open tickets updated in the lookback window that need (re-)enrichment."""
    lookback = int(kwargs.get('lookback_hours', 6))
    limit = int(kwargs.get('max_tickets', 2000))
    config_path = path.join(get_repo_path(), 'io_config.yaml')
    config_profile = 'default'

    with Postgres.with_config(ConfigFileLoader(config_path, config_profile)) as loader:
        return loader.load(QUERY.format(lookback=lookback, limit=limit))


@test
def test_output(output, *args) -> None:
    assert output is not None, 'The output is undefined'
    assert {'ticket_id', 'subject', 'body'} <= set(output.columns)

from os import path

import pandas as pd
from mage_ai.data_preparation.repo_manager import get_repo_path
from mage_ai.io.config import ConfigFileLoader
from mage_ai.io.postgres import Postgres

if 'data_exporter' not in globals():
    from mage_ai.data_preparation.decorators import data_exporter

RUN_LOG_SQL = """
INSERT INTO support.enrichment_runs (pipeline_run_id, execution_date, ticket_count,
                                     flagged_count, drafted_count, mean_sentiment)
VALUES (%s, %s, %s, %s, %s, %s)
"""

COLUMNS = [
    'ticket_id', 'language', 'category', 'category_confidence', 'summary', 'summary_model',
    'sentiment', 'entities', 'draft_reply', 'moderation_flagged',
]


@data_exporter
def export_data_to_postgres(df: pd.DataFrame, **kwargs) -> None:
    if kwargs.get('dry_run'):
        print(f'dry run: would upsert {len(df)} rows')
        return
    out = df[[c for c in COLUMNS if c in df.columns]].copy()
    out['enriched_at'] = pd.Timestamp.utcnow()
    for col in ('entities',):
        if col in out.columns:
            out[col] = out[col].astype(str)
    config_path = path.join(get_repo_path(), 'io_config.yaml')
    with Postgres.with_config(ConfigFileLoader(config_path, 'default')) as loader:
        loader.export(
            out,
            'support',
            'ticket_enrichment',
            index=False,
            if_exists='append',
            unique_conflict_method='UPDATE',
            unique_constraints=['ticket_id'],
        )

    _log_run(df, config_path, **kwargs)


def _log_run(df: pd.DataFrame, config_path: str, **kwargs) -> None:
    stats = (
        kwargs.get('pipeline_run_id') or kwargs.get('run_id'),
        kwargs.get('execution_date'),
        int(len(df)),
        int(df.get('moderation_flagged', pd.Series(dtype=bool)).sum()),
        int(df.get('draft_reply', pd.Series(dtype=object)).notna().sum()),
        float(df['sentiment'].mean()) if 'sentiment' in df.columns and len(df) else None,
    )
    with Postgres.with_config(ConfigFileLoader(config_path, 'default')) as loader:
        loader.execute(RUN_LOG_SQL, stats)
        loader.commit()

"""Backfill summaries for archived tickets. Runs with the ticket_backfill
pipeline; cheap model via Together, falling back to Claude Haiku."""
import pandas as pd
from anthropic import Anthropic

from mage_ai.data_preparation.shared.secrets import get_secret_value
from mage_pipeline.utils.clients import get_together_client
from mage_pipeline.utils.enricher import TicketEnricher
from mage_pipeline.utils.prompts import build_summary_prompt, truncate_thread

if 'transformer' not in globals():
    from mage_ai.data_preparation.decorators import transformer
if 'test' not in globals():
    from mage_ai.data_preparation.decorators import test

TOGETHER_MODEL = 'meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo'


@transformer
def transform(df: pd.DataFrame, *args, **kwargs) -> pd.DataFrame:
    together = get_together_client()
    haiku = Anthropic(api_key=get_secret_value('anthropic_api_key'))
    mode = kwargs.get('backfill_mode', 'together')
    enricher = TicketEnricher.from_secrets(get_secret_value) if mode == 'enricher' else None

    out = []
    for row in df.itertuples(index=False):
        thread = truncate_thread([row.body, *(row.comments or [])], max_chars=6000)
        if enricher is not None:
            out.append(enricher.summarize(thread))
            continue
        try:
            resp = together.chat.completions.create(
                model=TOGETHER_MODEL,
                messages=[{'role': 'user', 'content': build_summary_prompt(thread, 3)}],
                max_tokens=256,
            )
            out.append(resp.choices[0].message.content.strip())
        except Exception:  # noqa: BLE001
            msg = haiku.messages.create(
                model='claude-3-5-haiku-20241022',
                max_tokens=256,
                messages=[{'role': 'user', 'content': build_summary_prompt(thread, 3)}],
            )
            out.append(msg.content[0].text.strip())

    df = df.copy()
    df['summary'] = out
    return df


@test
def test_output(output, *args) -> None:
    assert len(output) == 0 or output['summary'].notna().all()

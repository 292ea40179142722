import pandas as pd

from mage_pipeline.utils import get_anthropic_client
from mage_pipeline.utils.llm import stream_summary, summarize_thread
from mage_pipeline.utils.retry import with_backoff

if 'transformer' not in globals():
    from mage_ai.data_preparation.decorators import transformer
if 'test' not in globals():
    from mage_ai.data_preparation.decorators import test

LONG_THREAD_CHARS = 9000


@transformer
def transform(df: pd.DataFrame, *args, **kwargs) -> pd.DataFrame:
    claude = get_anthropic_client()
    model = kwargs.get('summary_model', 'claude-3-5-sonnet-20241022')
    short_summary = with_backoff(summarize_thread, attempts=4)

    summaries = []
    for thread in df['thread']:
        if len(thread) > LONG_THREAD_CHARS:
            summaries.append(stream_summary(claude, thread, model=model))
        elif len(thread) < 280:
            # very short tickets: the body is already a summary
            summaries.append(thread)
        else:
            summaries.append(short_summary(claude, thread, model=model))

    df = df.copy()
    df['summary'] = summaries
    df['summary_model'] = model
    return df


@test
def test_output(output, *args) -> None:
    assert output['summary'].str.len().gt(0).all()

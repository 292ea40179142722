import pandas as pd

from mage_pipeline.utils import get_openai_client

if 'transformer' not in globals():
    from mage_ai.data_preparation.decorators import transformer
if 'test' not in globals():
    from mage_ai.data_preparation.decorators import test


@transformer
def transform(df: pd.DataFrame, *args, **kwargs) -> pd.DataFrame:
    """Flag abusive / self-harm tickets so they skip auto-drafting."""
    client = get_openai_client()
    flagged, categories = [], []
    texts = df['body'].tolist()
    for start in range(0, len(texts), 32):
        batch = [t[:8000] for t in texts[start:start + 32]]
        result = client.moderations.create(model='omni-moderation-latest', input=batch)
        for item in result.results:
            flagged.append(item.flagged)
            categories.append([k for k, v in item.categories.model_dump().items() if v])
    df = df.copy()
    df['moderation_flagged'] = flagged
    df['moderation_categories'] = categories
    return df


@test
def test_output(output, *args) -> None:
    assert 'moderation_flagged' in output.columns

import logging

import pandas as pd

from mage_pipeline.utils import together_openai_compat
from mage_pipeline.utils.prompts import build_sentiment_prompt
from mage_pipeline.utils.registry import get_completer

if 'transformer' not in globals():
    from mage_ai.data_preparation.decorators import transformer
if 'test' not in globals():
    from mage_ai.data_preparation.decorators import test

logger = logging.getLogger(__name__)
DEFAULT_MODEL = 'meta-llama/Llama-3.3-70B-Instruct-Turbo'


def _parse(raw: str) -> float:
    try:
        return max(-1.0, min(1.0, float(raw.strip().split()[0])))
    except (ValueError, IndexError, AttributeError):
        return 0.0


@transformer
def transform(df: pd.DataFrame, *args, **kwargs) -> pd.DataFrame:
    provider = kwargs.get('sentiment_provider', 'together')
    model = kwargs.get('sentiment_model', DEFAULT_MODEL)
    complete = get_completer(provider)

    scores = []
    for text in df['body']:
        try:
            scores.append(_parse(complete(build_sentiment_prompt(text), model)))
        except Exception:  # noqa: BLE001
            logger.exception('sentiment failed, falling back to compat client')
            fallback = together_openai_compat().chat.completions.create(
                model=DEFAULT_MODEL,
                messages=[{'role': 'user', 'content': build_sentiment_prompt(text)}],
                max_tokens=8,
            )
            scores.append(_parse(fallback.choices[0].message.content))

    df = df.copy()
    df['sentiment'] = scores
    df['needs_priority_bump'] = (df['sentiment'] < -0.6) & (df['priority'].fillna('normal') != 'urgent')
    return df


@test
def test_range(output, *args) -> None:
    assert output['sentiment'].between(-1, 1).all()

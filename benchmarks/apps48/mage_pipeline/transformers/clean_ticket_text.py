import html
import re

import pandas as pd

from mage_pipeline.utils.llm import quick_label
from mage_pipeline.utils.prompts import (
    PRODUCT_AREAS,
    guess_product_area,
    normalize_whitespace,
    redact_pii,
    strip_quoted_replies,
    truncate_thread,
)

if 'transformer' not in globals():
    from mage_ai.data_preparation.decorators import transformer
if 'test' not in globals():
    from mage_ai.data_preparation.decorators import test

SIGNATURE = re.compile(r'(--\s*\n|Sent from my (iPhone|Android)).*$', re.DOTALL | re.IGNORECASE)
TAGS = re.compile(r'<[^>]+>')
EMAIL = re.compile(r'[\w.+-]+@[\w-]+\.[\w.-]+')


def _clean(text: str) -> str:
    text = html.unescape(TAGS.sub(' ', text or ''))
    text = SIGNATURE.sub('', text)
    text = EMAIL.sub('[email]', text)
    return normalize_whitespace(strip_quoted_replies(text))


@transformer
def transform(df: pd.DataFrame, *args, **kwargs) -> pd.DataFrame:
    df = df.copy()
    df['subject'] = df['subject'].fillna('').map(_clean)
    df['body'] = df['body'].fillna('').map(_clean)
    df['thread'] = df.apply(
        lambda r: truncate_thread([r['body'], *(r.get('comments') or [])]), axis=1
    )
    df = df[df['body'].str.len() > 0]
    df['body'] = df['body'].map(redact_pii)
    df['product_area'] = df['body'].map(guess_product_area)
    unknown = df['product_area'] == 'other'
    if unknown.any() and kwargs.get('llm_product_area', False):
        # only a handful per run; cheap model through litellm
        df.loc[unknown, 'product_area'] = df.loc[unknown, 'body'].map(
            lambda text: quick_label(text, PRODUCT_AREAS)
        )
    return df.drop(columns=['comments'], errors='ignore')


@test
def test_output(output, *args) -> None:
    assert not output['body'].str.contains('@').any(), 'emails should be masked'

import litellm
import pandas as pd

from mage_pipeline.utils.clients import configure_litellm

if 'transformer' not in globals():
    from mage_ai.data_preparation.decorators import transformer
if 'test' not in globals():
    from mage_ai.data_preparation.decorators import test

SUPPORTED = {'en', 'de', 'fr', 'es', 'pt', 'nl', 'it', 'ja'}


def _looks_english(text: str) -> bool:
    common = (' the ', ' and ', ' is ', ' my ', ' not ', ' to ')
    padded = f' {text.lower()} '
    return sum(w in padded for w in common) >= 2


@transformer
def transform(df: pd.DataFrame, *args, **kwargs) -> pd.DataFrame:
    configure_litellm()
    model = kwargs.get('language_model', 'together_ai/meta-llama/Llama-3.2-3B-Instruct-Turbo')
    langs = []
    for text in df['body']:
        if _looks_english(text):
            langs.append('en')
            continue
        response = litellm.completion(
            model=model,
            messages=[
                {'role': 'system', 'content': 'Reply with the ISO 639-1 code of the language only.'},
                {'role': 'user', 'content': text[:1000]},
            ],
            max_tokens=3,
            temperature=0,
        )
        code = (response.choices[0].message.content or '').strip().lower()[:2]
        langs.append(code if code in SUPPORTED else 'other')
    df = df.copy()
    df['language'] = langs
    return df


@test
def test_output(output, *args) -> None:
    assert output['language'].notna().all()

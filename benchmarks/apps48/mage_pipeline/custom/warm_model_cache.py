"""Sanity check that API keys work and the models we reference exist.
Runs at the start of the backfill pipeline. Makes no billable calls."""
import cohere
from anthropic import Anthropic
from together import Together

from mage_ai.data_preparation.shared.secrets import get_secret_value
from mage_pipeline.utils.clients import get_openai_client

if 'custom' not in globals():
    from mage_ai.data_preparation.decorators import custom

REQUIRED = {
    'openai': {'gpt-4o-mini', 'text-embedding-3-small'},
    'together': {'meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo'},
}


@custom
def check_models(*args, **kwargs):
    report = {}
    openai_ids = {m.id for m in get_openai_client().models.list()}
    report['openai_missing'] = sorted(REQUIRED['openai'] - openai_ids)

    together = Together(api_key=get_secret_value('together_api_key'))
    together_ids = {m.id for m in together.models.list()}
    report['together_missing'] = sorted(REQUIRED['together'] - together_ids)

    anthropic_client = Anthropic(api_key=get_secret_value('anthropic_api_key'))
    report['anthropic_models'] = [m.id for m in anthropic_client.models.list(limit=20)]

    co = cohere.ClientV2(api_key=get_secret_value('cohere_api_key'))
    report['cohere_tokens_probe'] = len(co.tokenize(text='hello world', model='command-r-plus').tokens)
    report['cohere_models'] = [m.name for m in co.models.list(page_size=50).models or []]
    return report

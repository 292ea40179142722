"""Localized product copy.

Bulk locales go to Llama 3.3 on Together (cheap, good enough for long-tail SKUs);
premium storefront locales get Claude, and Japanese goes to Gemini because the
localization agency rated it best in the Q3 bake-off.
"""
from typing import Dict, List

from dagster import AssetExecutionContext, MaterializeResult, MultiPartitionKey, asset
from vertexai.generative_models import GenerationConfig

from ..errors import ProviderResponseError
from ..llm.prompts import TRANSLATION_SYSTEM
from ..partitions import daily_locale_partitions
from ..resources import AnthropicResource, TogetherResource, VertexAIResource, WarehouseResource
from ..settings import MODELS, PREMIUM_LOCALES

GEMINI_LOCALES = ("ja-JP",)


def _source_copy(warehouse: WarehouseResource, day: str) -> List[Dict[str, str]]:
    return warehouse.fetch_dicts(
        "select p.sku, p.title, p.description from stg_products p "
        "join product_categories c on c.sku = p.sku and c.partition_date = %s",
        (day,),
    )


def _translate_together(together: TogetherResource, locale: str, products: List[Dict[str, str]]) -> List[Dict[str, str]]:
    session = together.session()
    out = []
    for product in products:
        resp = session.post(
            f"{together.base_url}/chat/completions",
            json={
                "model": together.model,
                "messages": [
                    {"role": "system", "content": TRANSLATION_SYSTEM.format(locale=locale)},
                    {"role": "user", "content": f"{product['title']}\n\n{product['description']}"},
                ],
                "temperature": 0.3,
                "max_tokens": 2048,
            },
            timeout=together.timeout_seconds,
        )
        if resp.status_code != 200:
            raise ProviderResponseError("together", f"HTTP {resp.status_code} for {product['sku']}", resp.text)
        text = resp.json()["choices"][0]["message"]["content"]
        out.append({"sku": product["sku"], "text": text, "model": together.model})
    return out


def _translate_claude(anthropic: AnthropicResource, locale: str, products: List[Dict[str, str]]) -> List[Dict[str, str]]:
    client = anthropic.get_client()
    out = []
    for product in products:
        message = client.messages.create(
            model=MODELS.summary,
            max_tokens=2048,
            system=TRANSLATION_SYSTEM.format(locale=locale),
            messages=[{"role": "user", "content": f"{product['title']}\n\n{product['description']}"}],
            temperature=0.2,
        )
        out.append({"sku": product["sku"], "text": message.content[0].text, "model": MODELS.summary})
    return out


def _translate_gemini(vertex: VertexAIResource, locale: str, products: List[Dict[str, str]]) -> List[Dict[str, str]]:
    model = vertex.generative_model(
        system_instruction=TRANSLATION_SYSTEM.format(locale=locale),
        model_name=MODELS.gemini_pro,
    )
    out = []
    for product in products:
        response = model.generate_content(
            f"{product['title']}\n\n{product['description']}",
            generation_config=GenerationConfig(temperature=0.2, max_output_tokens=2048),
        )
        out.append({"sku": product["sku"], "text": response.text, "model": MODELS.gemini_pro})
    return out


@asset(partitions_def=daily_locale_partitions, deps=["product_categories"], group_name="catalog", compute_kind="llm")
def product_translations(
    context: AssetExecutionContext,
    together: TogetherResource,
    anthropic: AnthropicResource,
    vertex: VertexAIResource,
    warehouse: WarehouseResource,
) -> MaterializeResult:
    key = context.partition_key
    assert isinstance(key, MultiPartitionKey)
    day, locale = key.keys_by_dimension["date"], key.keys_by_dimension["locale"]
    products = _source_copy(warehouse, day)
    if locale in GEMINI_LOCALES:
        translated = _translate_gemini(vertex, locale, products)
    elif locale in PREMIUM_LOCALES:
        translated = _translate_claude(anthropic, locale, products)
    else:
        translated = _translate_together(together, locale, products)
    for row in translated:
        row.update(locale=locale, partition_date=day)
    written = warehouse.upsert_rows("product_translations", translated, key=["sku", "locale"])
    return MaterializeResult(metadata={"rows": written, "locale": locale, "engine": translated[0]["model"] if translated else ""})

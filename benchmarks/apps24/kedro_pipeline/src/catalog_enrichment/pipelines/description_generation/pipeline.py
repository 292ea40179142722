from kedro.pipeline import Pipeline, node, pipeline

from .nodes import (
    combine_descriptions,
    generate_descriptions,
    generate_long_descriptions,
    generate_marketing_taglines,
    summarise_reviews,
    translate_descriptions,
    translate_descriptions_async,
)


def create_pipeline(**kwargs) -> Pipeline:
    # async translation is the default since 0.3; the sync node stays for `--node` reruns
    translate = (
        node(
            translate_descriptions,
            inputs=["descriptions_en", "llm_clients", "params:description_generation"],
            outputs="translated_descriptions",
            name="translate_descriptions",
        )
        if kwargs.get("sync_translation")
        else node(
            translate_descriptions_async,
            inputs=["descriptions_en", "params:description_generation"],
            outputs="translated_descriptions",
            name="translate_descriptions_async",
        )
    )
    return pipeline(
        [
            node(
                generate_descriptions,
                inputs=["clean_products", "product_attributes", "anthropic_client", "params:description_generation"],
                outputs="short_descriptions",
                name="generate_descriptions",
            ),
            node(
                generate_long_descriptions,
                inputs=["clean_products", "product_attributes", "anthropic_client", "params:description_generation"],
                outputs="long_descriptions",
                name="generate_long_descriptions",
            ),
            node(combine_descriptions, ["short_descriptions", "long_descriptions"], "descriptions_en_raw"),
            node(
                generate_marketing_taglines,
                inputs=["descriptions_en_raw", "clean_products"],
                outputs="descriptions_en",
                name="generate_marketing_taglines",
            ),
            translate,
            node(
                summarise_reviews,
                inputs=["customer_reviews", "params:description_generation"],
                outputs="review_summaries",
                name="summarise_reviews",
            ),
            node(
                lambda d, s: d.merge(s, on="sku", how="left"),
                inputs=["translated_descriptions", "review_summaries"],
                outputs="product_descriptions",
                name="attach_review_summaries",
            ),
        ],
        tags=["llm", "descriptions"],
    )

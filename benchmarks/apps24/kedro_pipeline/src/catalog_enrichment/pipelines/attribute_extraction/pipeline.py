from kedro.pipeline import Pipeline, node, pipeline

from .nodes import (
    extract_attributes,
    extract_attributes_structured,
    fill_missing_with_claude,
    normalise_units,
    validate_attributes,
)


def create_pipeline(**kwargs) -> Pipeline:
    use_structured = kwargs.get("use_structured", False)
    extractor = (
        node(
            extract_attributes_structured,
            inputs=["clean_products", "params:attribute_extraction"],
            outputs="raw_attributes",
            name="extract_attributes_structured",
        )
        if use_structured
        else node(
            extract_attributes,
            inputs=["clean_products", "openai_client", "params:attribute_extraction"],
            outputs="raw_attributes",
            name="extract_attributes",
        )
    )
    return pipeline(
        [
            extractor,
            node(
                fill_missing_with_claude,
                inputs=["raw_attributes", "clean_products", "params:attribute_extraction"],
                outputs="patched_attributes",
                name="fill_missing_with_claude",
            ),
            node(
                normalise_units,
                inputs=["patched_attributes", "params:attribute_extraction"],
                outputs="normalised_attributes",
                name="normalise_units",
            ),
            node(
                validate_attributes,
                inputs=["normalised_attributes", "params:attribute_extraction"],
                outputs="product_attributes",
                name="validate_attributes",
            ),
        ],
        tags=["llm", "attributes"],
    )

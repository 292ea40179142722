from kedro.pipeline import Pipeline, node, pipeline

from .nodes import clean_supplier_products, deduplicate_products, extract_size_hints, sample_for_enrichment


def create_pipeline(**kwargs) -> Pipeline:
    return pipeline(
        [
            node(
                clean_supplier_products,
                inputs=["supplier_products", "params:data_processing"],
                outputs="cleaned_products_raw",
                name="clean_supplier_products",
            ),
            node(deduplicate_products, "cleaned_products_raw", "deduplicated_products", name="deduplicate_products"),
            node(extract_size_hints, "deduplicated_products", "products_with_hints", name="extract_size_hints"),
            node(
                sample_for_enrichment,
                inputs=["products_with_hints", "params:attribute_extraction"],
                outputs="clean_products",
                name="sample_for_enrichment",
            ),
        ]
    )

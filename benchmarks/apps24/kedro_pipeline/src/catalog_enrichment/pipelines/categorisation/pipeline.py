from kedro.pipeline import Pipeline, node, pipeline

from .nodes import (
    build_embedding_input,
    classify_taxonomy,
    classify_taxonomy_bulk,
    embed_products,
    embed_taxonomy,
    generate_seo_keywords,
    hf_fallback_labels,
    rerank_candidates,
    shortlist_categories,
)


def create_pipeline(**kwargs) -> Pipeline:
    classifier = classify_taxonomy_bulk if kwargs.get("bulk") else classify_taxonomy
    return pipeline(
        [
            node(build_embedding_input, "clean_products", "product_embeddings", name="build_embedding_input"),
            node(embed_products, ["clean_products", "params:categorisation"], "product_vectors", name="embed_products"),
            node(embed_taxonomy, ["taxonomy", "params:categorisation"], "taxonomy_vectors", name="embed_taxonomy"),
            node(
                shortlist_categories,
                ["product_vectors", "taxonomy_vectors", "params:categorisation"],
                "category_shortlist",
                name="shortlist_categories",
            ),
            node(
                rerank_candidates,
                ["category_shortlist", "clean_products", "taxonomy", "params:categorisation"],
                "reranked_candidates",
                name="rerank_candidates",
            ),
            node(
                classifier,
                ["reranked_candidates", "clean_products", "taxonomy", "params:categorisation"],
                "category_picks",
                name="classify_taxonomy",
            ),
            node(
                hf_fallback_labels,
                ["category_picks", "clean_products", "params:categorisation"],
                "labelled_categories",
                name="hf_fallback_labels",
            ),
            node(
                generate_seo_keywords,
                ["labelled_categories", "clean_products", "llm_clients", "params:categorisation"],
                "product_categories",
                name="generate_seo_keywords",
            ),
        ],
        tags=["llm", "categorisation"],
    )

from kedro.pipeline import Pipeline, node, pipeline

from .nodes import (
    alt_text_marketplace_images,
    caption_images,
    caption_lookbook_images,
    generate_placeholder_images,
    merge_captions,
)


def create_pipeline(**kwargs) -> Pipeline:
    return pipeline(
        [
            node(caption_images, ["image_index", "params:image_captioning"], "s3_captions", name="caption_images"),
            node(
                caption_lookbook_images,
                ["image_index", "llm_clients", "params:image_captioning"],
                "lookbook_notes",
                name="caption_lookbook_images",
            ),
            node(
                alt_text_marketplace_images,
                ["image_index", "params:image_captioning"],
                "marketplace_captions",
                name="alt_text_marketplace_images",
            ),
            node(
                generate_placeholder_images,
                ["clean_products", "image_index", "params:image_captioning"],
                "placeholder_images",
                name="generate_placeholder_images",
            ),
            node(merge_captions, ["s3_captions", "marketplace_captions"], "image_captions", name="merge_captions"),
        ],
        tags=["llm", "images"],
    )

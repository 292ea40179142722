"""Prompt templates. Keep them here so copywriting can review changes in one PR."""
from string import Template

DESCRIPTION_SYSTEM = (
    "You are a senior e-commerce copywriter. Write accurate, concrete product copy. "
    "Never invent specifications that are not in the input. British English."
)

DESCRIPTION_USER = Template(
    "Product title: $title\nBrand: $brand\nCategory: $category\n"
    "Attributes:\n$attributes\n\n"
    "Write a $length-word product description with a short headline."
)

ATTRIBUTE_EXTRACTION = Template(
    "Extract product attributes from the supplier text below. Answer with a JSON object "
    "whose keys are among: $allowed_keys. Use null for unknown values.\n\n"
    "Supplier text:\n$text"
)

TAXONOMY_CLASSIFY = Template(
    "Assign the product to exactly one leaf of the taxonomy. Reply with the category id only.\n"
    "Taxonomy:\n$taxonomy\n\nProduct: $title\n$description"
)

REVIEW_SUMMARY = Template(
    "Summarise these customer reviews for $title in 3 bullet points (pros, cons, fit/size). "
    "Be neutral.\n\n$reviews"
)

SEO_KEYWORDS = Template(
    "Give 10 search keywords (comma separated, lowercase) for this product:\n$title\n$description"
)

TRANSLATE = Template(
    "Translate the product copy into $locale. Keep HTML tags and units unchanged.\n\n$text"
)

QA_REVIEW = Template(
    "### Product data\n$attributes\n### Description\n$description\n"
    "### Does the description contradict the product data? Answer YES or NO, then one reason.\n"
    "Answer:"
)

IMAGE_PROMPT = Template(
    "Studio product photo of $title, $colour, on a plain light grey background, soft light"
)

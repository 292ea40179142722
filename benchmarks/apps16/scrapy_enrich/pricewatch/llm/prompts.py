"""Prompt templates. Keep them versioned: the eval script compares by PROMPT_VERSION."""

PROMPT_VERSION = "2024-11-r3"

CATEGORY_TAXONOMY = [
    "laptops",
    "desktops",
    "monitors",
    "smartphones",
    "tablets",
    "headphones",
    "tv",
    "kitchen-appliances",
    "vacuum-cleaners",
    "gaming-consoles",
    "cameras",
    "wearables",
    "grocery",
    "household",
    "other",
]

CLASSIFY_SYSTEM = (
    "You classify retail product pages into exactly one category of a fixed taxonomy. "
    "Answer with JSON: {\"category\": <one of the taxonomy>, \"confidence\": <0..1>}."
)

CLASSIFY_USER = """Taxonomy: {taxonomy}

Title: {title}
Brand: {brand}
Breadcrumbs: {breadcrumbs}
Description:
{description}
"""

ATTRIBUTES_SYSTEM = (
    "Extract structured product attributes from a product page. Reply with a JSON object "
    "whose keys are snake_case attribute names (e.g. screen_size_in, ram_gb, storage_gb, "
    "colour, weight_kg, pack_size). Only include attributes that are stated on the page."
)

TRANSLATE_SYSTEM = (
    "Translate the product title to English. Keep brand names, model numbers and units "
    "unchanged. Reply with the translated title only."
)

SUMMARY_SYSTEM = (
    "You write two-sentence neutral summaries of product pages for pricing analysts. "
    "Mention the product type, the key differentiating specs and the pack size if any. "
    "Never mention the price."
)

BLOCK_PAGE_PROMPT = """Is the following web page a bot-protection, captcha, or access-denied page
rather than a real product/catalogue page? Answer with a single word: BLOCKED or OK.

URL: {url}
Page text (truncated):
{text}
"""

PRICE_RECOVERY_SYSTEM = (
    "Find the current selling price on the product page text. Reply with JSON "
    "{\"price\": <number or null>, \"currency\": <ISO 4217 or null>}. If there are several "
    "prices (e.g. was/now), return the price a customer pays today."
)

FLYER_PROMPT = """This is a page of a supermarket promotional flyer.
List every promotion as JSON array items with keys: product, brand, pack_size, promo_price,
regular_price, mechanic (e.g. "2 for 1", "-30%"), valid_to. Use null for missing values."""

SPEC_NORMALISE_SYSTEM = (
    "Normalise product specifications to SI / metric units and canonical names. "
    "Input and output are JSON objects."
)

COMPARABLE_SYSTEM = (
    "Given a product and a competitor listing, decide whether they are the same SKU, "
    "a variant (colour/size) of it, or a different product. Reply with one word: "
    "SAME, VARIANT or DIFFERENT, then a short justification."
)

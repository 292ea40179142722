import scrapy


class ProductItem(scrapy.Item):
    # identity
    retailer = scrapy.Field()
    sku = scrapy.Field()
    url = scrapy.Field()
    gtin = scrapy.Field()

    # raw page data
    title = scrapy.Field()
    brand = scrapy.Field()
    description = scrapy.Field()
    breadcrumbs = scrapy.Field()
    specs = scrapy.Field()
    image_urls = scrapy.Field()
    language = scrapy.Field()

    # pricing
    price = scrapy.Field()
    list_price = scrapy.Field()
    currency = scrapy.Field()
    in_stock = scrapy.Field()
    scraped_at = scrapy.Field()

    # enrichment (filled by pipelines)
    category = scrapy.Field()
    category_confidence = scrapy.Field()
    attributes = scrapy.Field()
    title_en = scrapy.Field()
    summary = scrapy.Field()
    embedding = scrapy.Field()
    duplicate_of = scrapy.Field()
    enrichment = scrapy.Field()


class FlyerPageItem(scrapy.Item):
    retailer = scrapy.Field()
    flyer_id = scrapy.Field()
    page = scrapy.Field()
    url = scrapy.Field()
    content_type = scrapy.Field()
    body = scrapy.Field()
    valid_from = scrapy.Field()
    valid_to = scrapy.Field()
    promotions = scrapy.Field()

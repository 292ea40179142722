# Scrapy settings for pricewatch project
#
# Only the settings we actually change are listed here. See
# https://docs.scrapy.org/en/latest/topics/settings.html

from pricewatch.config import env, env_bool, env_int

BOT_NAME = "pricewatch"

SPIDER_MODULES = ["pricewatch.spiders"]
NEWSPIDER_MODULE = "pricewatch.spiders"

USER_AGENT = "Mozilla/5.0 (compatible; PriceWatchBot/1.4; +https://pricewatch.io/bot)"
ROBOTSTXT_OBEY = True

CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
RETRY_TIMES = 3
HTTPCACHE_ENABLED = env_bool("PRICEWATCH_HTTPCACHE", False)

# asyncio reactor so pipelines can be coroutines
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"

DOWNLOADER_MIDDLEWARES = {
    "pricewatch.middlewares.RotatingProxyMiddleware": 610,
    "pricewatch.middlewares.BlockPageDetectorMiddleware": 640,
}

SPIDER_MIDDLEWARES = {
    "pricewatch.middlewares.MissingPriceRecoveryMiddleware": 560,
}

ITEM_PIPELINES = {
    "pricewatch.pipelines.validation.ValidationPipeline": 100,
    "pricewatch.pipelines.attributes.AttributeExtractionPipeline": 200,
    "pricewatch.pipelines.classify.CategoryClassifierPipeline": 300,
    "pricewatch.pipelines.summarize.SummaryPipeline": 400,
    "pricewatch.pipelines.enrich.EnrichmentPipeline": 450,
    "pricewatch.pipelines.embed.EmbeddingPipeline": 500,
    "pricewatch.pipelines.dedupe.DuplicateListingPipeline": 600,
    "pricewatch.pipelines.flyer_ocr.FlyerOCRPipeline": 650,
    "pricewatch.pipelines.storage.PostgresStoragePipeline": 900,
}

EXTENSIONS = {
    "pricewatch.extensions.CostReportExtension": 500,
}

# --- proxies -------------------------------------------------------------
PROXY_POOL = [p for p in (env("PRICEWATCH_PROXIES", "") or "").split(",") if p]

# --- enrichment ----------------------------------------------------------
PRICEWATCH_CLASSIFIER_MODEL = env("PRICEWATCH_CLASSIFIER_MODEL", "gemini-2.0-flash")
PRICEWATCH_CLASSIFIER_FALLBACK_MODEL = "mistral-small-latest"
PRICEWATCH_ATTRIBUTE_MODEL = "mistral-small-latest"
PRICEWATCH_TRANSLATE_MODEL = "mistral-small-latest"
PRICEWATCH_SUMMARY_MODEL = "deepseek-chat"
PRICEWATCH_SUMMARIES_ENABLED = env_bool("PRICEWATCH_SUMMARIES_ENABLED", True)
PRICEWATCH_TRACKED_RETAILERS = ["bestbuy", "mediamarkt", "currys"]
PRICEWATCH_BLOCK_DETECTOR_MODEL = "gemini-2.0-flash-lite"
PRICEWATCH_PRICE_RECOVERY_MODEL = "deepseek-chat"

PRICEWATCH_EMBEDDING_PROVIDER = env("PRICEWATCH_EMBEDDING_PROVIDER", "together")
PRICEWATCH_EMBEDDING_MODEL = env("PRICEWATCH_EMBEDDING_MODEL", "BAAI/bge-base-en-v1.5")
PRICEWATCH_EMBEDDING_BATCH_SIZE = env_int("PRICEWATCH_EMBEDDING_BATCH_SIZE", 64)

PRICEWATCH_RERANK_MODEL = "Salesforce/Llama-Rank-v1"
PRICEWATCH_DEDUPE_THRESHOLD = 0.82

PRICEWATCH_OCR_MODEL = "mistral-ocr-latest"
PRICEWATCH_FLYER_VISION_MODEL = "gemini-2.5-flash"

# new-style enrichers (pricewatch.enrichment); order matters
PRICEWATCH_ENRICHERS = ["deepseek", "gemini", "together"]

# --- cost reporting --------------------------------------------------------
COST_REPORT_SLACK_WEBHOOK = env("COST_REPORT_SLACK_WEBHOOK")
COST_REPORT_DIGEST = env_bool("COST_REPORT_DIGEST", False)

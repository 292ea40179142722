import re
from datetime import date

import scrapy

from pricewatch.items import FlyerPageItem

VALIDITY_RE = re.compile(r"(\d{1,2})\.(\d{1,2})\.?\s*[-–]\s*(\d{1,2})\.(\d{1,2})\.(\d{4})")

FLYER_INDEXES = {
    "albertheijn": "https://www.ah.example/bonus/folder",
    "lidl": "https://www.lidl.example/c/online-prospekte",
    "carrefour": "https://www.carrefour.example/catalogues",
}


class FlyersSpider(scrapy.Spider):
    """Weekly promotional flyers (PDF or one image per page)."""

    name = "flyers"
    handles_flyers = True
    custom_settings = {
        "DOWNLOAD_MAXSIZE": 60 * 1024 * 1024,
        "ITEM_PIPELINES": {
            "pricewatch.pipelines.flyer_ocr.FlyerOCRPipeline": 650,
            "pricewatch.pipelines.storage.PostgresStoragePipeline": 900,
        },
    }

    def __init__(self, retailers=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.retailers = retailers.split(",") if retailers else list(FLYER_INDEXES)

    def start_requests(self):
        for retailer in self.retailers:
            yield scrapy.Request(FLYER_INDEXES[retailer], cb_kwargs={"retailer": retailer})

    def parse(self, response, retailer):
        for flyer in response.css("[data-flyer-id]"):
            flyer_id = flyer.attrib["data-flyer-id"]
            valid_from, valid_to = _validity(flyer.css(".validity::text").get(""))
            meta = {"retailer": retailer, "flyer_id": flyer_id, "valid_from": valid_from, "valid_to": valid_to}
            pdf = flyer.css("a.download-pdf::attr(href)").get()
            if pdf:
                yield response.follow(pdf, callback=self.parse_page, cb_kwargs={**meta, "page": None})
                continue
            for page_no, src in enumerate(flyer.css("img.flyer-page::attr(data-src)").getall(), start=1):
                yield response.follow(src, callback=self.parse_page, cb_kwargs={**meta, "page": page_no})

    def parse_page(self, response, retailer, flyer_id, valid_from, valid_to, page):
        yield FlyerPageItem(
            retailer=retailer,
            flyer_id=flyer_id,
            page=page,
            url=response.url,
            content_type=response.headers.get("Content-Type", b"").decode("latin-1"),
            body=response.body,
            valid_from=valid_from,
            valid_to=valid_to,
        )


def _validity(text):
    m = VALIDITY_RE.search(text or "")
    if not m:
        return None, None
    d1, m1, d2, m2, year = (int(g) for g in m.groups())
    try:
        return date(year, m1, d1).isoformat(), date(year, m2, d2).isoformat()
    except ValueError:
        return None, None

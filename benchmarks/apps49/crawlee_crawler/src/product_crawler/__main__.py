from __future__ import annotations

import argparse
import asyncio
import logging

from product_crawler.main import main


def run() -> None:
    parser = argparse.ArgumentParser(prog="product-crawler")
    parser.add_argument("--start-url", action="append", dest="start_urls")
    parser.add_argument("--browser", action="store_true", help="use PlaywrightCrawler")
    parser.add_argument("--skip-llm", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()

    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    asyncio.run(main(args.start_urls, browser=args.browser, skip_llm=args.skip_llm))


if __name__ == "__main__":
    run()

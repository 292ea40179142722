"""Refresh the status-page cards for every public service.

cron: 0 * * * *  python jobs/render_status_cards.py
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from functools import partial

import requests

from common.aws import put_bytes
from common.runtime import job_main
from opskit.clients import get_replicate_client
from opskit.config import STATUSPAGE_API
from prompts.builders import status_card_prompt

log = logging.getLogger("jobs.render_status_cards")

STATUS_CARD_MODEL = "black-forest-labs/flux-schnell"
PAGE_ID = "k7xw2lq9d3"


def _components(token: str) -> list:
    resp = requests.get(
        f"{STATUSPAGE_API}/pages/{PAGE_ID}/components",
        headers={"Authorization": f"OAuth {token}"},
        timeout=20,
    )
    resp.raise_for_status()
    return [c for c in resp.json() if c.get("showcase")]


@job_main("render_status_cards")
def main(args) -> int:
    import os

    token = os.environ["STATUSPAGE_TOKEN"]
    components = _components(token)
    client = get_replicate_client()
    render = partial(client.run, STATUS_CARD_MODEL)

    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {
            c["id"]: pool.submit(render, input={"prompt": status_card_prompt(c["name"], c["status"]), "output_format": "png"})
            for c in components
        }
        uploads = []
        for component_id, fut in futures.items():
            output = fut.result()
            image = (output[0] if isinstance(output, list) else output).read()
            if args.dry_run:
                log.info("rendered %s (%d bytes)", component_id, len(image))
                continue
            uploads.append(pool.submit(put_bytes, f"status-cards/{component_id}.png", image, "image/png"))
        for up in uploads:
            log.info("uploaded %s", up.result())
    return 0


if __name__ == "__main__":
    main()

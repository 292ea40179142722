"""Warm our Together dedicated endpoints before the EU morning peak (cron 05:40 UTC).

Dedicated endpoints scale to zero overnight; one tiny request per endpoint brings the
first replica up before traffic arrives.
"""
import logging
import os
import time

from together import Together

logger = logging.getLogger("tools.warm_endpoints")

DEDICATED = [
    "acme-ml/Llama-3.3-70B-Instruct-support-ft",
    "acme-ml/Qwen2.5-7B-Instruct-routing-ft",
]


def warm(client: Together, model: str, attempts: int = 5) -> bool:
    for attempt in range(1, attempts + 1):
        try:
            client.completions.create(model=model, prompt="ping", max_tokens=1)
            return True
        except Exception as exc:
            logger.warning("%s not warm yet (%s), attempt %d", model, exc, attempt)
            time.sleep(20 * attempt)
    return False


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    client = Together(api_key=os.environ["TOGETHER_API_KEY"], timeout=120)
    results = {m: warm(client, m) for m in DEDICATED}
    logger.info("warm results: %s", results)
    if not all(results.values()):
        raise SystemExit(1)


if __name__ == "__main__":
    main()

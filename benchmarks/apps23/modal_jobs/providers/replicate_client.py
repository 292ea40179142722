import os
from functools import lru_cache

import replicate


@lru_cache(maxsize=1)
def get_replicate() -> replicate.Client:
    return replicate.Client(
        api_token=os.environ["REPLICATE_API_TOKEN"],
        headers={"User-Agent": "media-ai-jobs/1.4"},
    )

from __future__ import annotations

import os
from typing import Optional

from mistralai import Mistral

# Module-level default client, shared by scripts and the CLI.
mistral = Mistral(api_key=os.environ.get("MISTRAL_API_KEY", ""))


def get_mistral_client(api_key: Optional[str] = None, server_url: Optional[str] = None) -> Mistral:
    if api_key is None and server_url is None:
        return mistral
    return Mistral(api_key=api_key or os.environ.get("MISTRAL_API_KEY", ""), server_url=server_url)

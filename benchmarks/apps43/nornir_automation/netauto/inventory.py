"""Inventory transform functions referenced from config.yaml."""
from __future__ import annotations

import os

from nornir.core.inventory import ConnectionOptions, Host

PLATFORM_MAP = {
    "ios": "cisco_ios",
    "iosxe": "cisco_ios",
    "nxos": "cisco_nxos",
    "eos": "arista_eos",
    "junos": "juniper_junos",
}


def load_credentials(host: Host) -> None:
    """Fill in credentials from env; never commit them to hosts.yaml."""
    host.username = os.environ.get("NETAUTO_USERNAME", host.username)
    host.password = os.environ.get("NETAUTO_PASSWORD", host.password)
    netmiko_platform = PLATFORM_MAP.get(host.platform or "", host.platform)
    host.connection_options["netmiko"] = ConnectionOptions(
        platform=netmiko_platform,
        extras={"secret": os.environ.get("NETAUTO_ENABLE_SECRET", ""), "fast_cli": False},
    )
    host.connection_options["napalm"] = ConnectionOptions(
        platform=host.platform,
        extras={"optional_args": {"secret": os.environ.get("NETAUTO_ENABLE_SECRET", "")}},
    )


def tag_llm_region(host: Host) -> None:
    """Sites in the EU may only send data to Bedrock (eu-central-1) or watsonx."""
    site = host.data.get("site", "")
    if site.startswith(("fra", "ams", "dub")):
        host.data.setdefault("llm_provider", "bedrock")
        host.data.setdefault("bedrock_region", "eu-central-1")
    else:
        host.data.setdefault("llm_provider", "openai")

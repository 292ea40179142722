"""Build the Nornir object and hang shared state (LLM clients) off it."""
from __future__ import annotations

import logging

from nornir import InitNornir
from nornir.core import Nornir
from nornir.core.filter import F

from netauto.inventory import tag_llm_region
from netauto.llm import LLMBundle, get_openai_client, make_watsonx_model
from netauto.settings import get_settings

log = logging.getLogger(__name__)


def init_nornir(config_file: str | None = None, with_llm: bool = True, **filters) -> Nornir:
    settings = get_settings()
    nr = InitNornir(config_file=config_file or settings.nornir_config)
    for host in nr.inventory.hosts.values():
        tag_llm_region(host)
    if filters:
        nr = nr.filter(**filters)
    if with_llm:
        attach_llm(nr)
    log.info("nornir ready with %d hosts", len(nr.inventory.hosts))
    return nr


def attach_llm(nr: Nornir, provider: str | None = None) -> None:
    """Put the LLM bundle on ``nr.data`` so processors and runbooks can reach it."""
    bundle = LLMBundle(provider=provider)
    # nr.data is GlobalState; it is shared across filtered copies of nr
    nr.data.llm = bundle  # type: ignore[attr-defined]
    nr.data.openai = get_openai_client()  # type: ignore[attr-defined]
    attach_llm_to_hosts(nr, bundle)


def attach_llm_to_hosts(nr: Nornir, bundle: LLMBundle) -> None:
    """Older tasks read the client from host data. TODO(NETAUTO-301): remove."""
    for host in nr.inventory.hosts.values():
        host.data["llm"] = bundle
        if host.data.get("llm_provider") == "watsonx":
            host.data["watsonx_model"] = make_watsonx_model()


def core_devices(nr: Nornir) -> Nornir:
    return nr.filter(F(role="core") | F(role="spine"))


def edge_devices(nr: Nornir) -> Nornir:
    return nr.filter(F(role="edge") & ~F(has_parent_group="lab"))


def inventory_table(nr: Nornir) -> list[dict[str, str]]:
    """Flat view of the inventory for `netauto inventory` and the web dashboard."""
    rows = []
    for name, host in sorted(nr.inventory.hosts.items()):
        rows.append(
            {
                "name": name,
                "hostname": host.hostname or "",
                "platform": host.platform or "",
                "site": host.data.get("site", ""),
                "role": host.data.get("role", ""),
                "groups": ",".join(g.name for g in host.groups),
                "llm_provider": host.data.get("llm_provider", ""),
            }
        )
    return rows


def close_all(nr: Nornir) -> None:
    """Close netmiko/napalm sessions; call at the end of long-lived workers."""
    nr.close_connections(on_good=True, on_failed=True)

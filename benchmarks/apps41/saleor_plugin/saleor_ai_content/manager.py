"""Helpers for triggering plugin hooks outside the normal mutation flow.

Saleor's own mutations call `manager.product_created(...)` etc.; these helpers are
used by our management commands and the data import pipeline.
"""
import logging
from typing import Iterable, Optional

from saleor.plugins.manager import get_plugins_manager

from .plugin_config import PLUGIN_ID

logger = logging.getLogger(__name__)


def get_manager(allow_replica: bool = False):
    return get_plugins_manager(allow_replica=allow_replica)


def get_ai_plugin(manager=None, channel_slug: Optional[str] = None):
    manager = manager or get_manager()
    plugin = manager.get_plugin(PLUGIN_ID, channel_slug=channel_slug)
    if plugin is None or not plugin.active:
        return None
    return plugin


def notify_products_created(products: Iterable, manager=None) -> int:
    manager = manager or get_manager()
    count = 0
    for product in products:
        manager.product_created(product)
        count += 1
    logger.info("triggered product_created for %s products", count)
    return count


def notify_products_updated(products: Iterable, manager=None) -> int:
    manager = manager or get_manager()
    count = 0
    for product in products:
        manager.product_updated(product)
        count += 1
    return count


def notify_order_created(order, manager=None) -> None:
    manager = manager or get_manager()
    manager.order_created(order)


def notify_checkout_updated(checkout, manager=None) -> None:
    manager = manager or get_manager()
    manager.checkout_updated(checkout)

"""Item pipelines. Order is configured in settings.ITEM_PIPELINES."""

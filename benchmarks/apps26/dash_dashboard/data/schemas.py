"""Table descriptions fed to the SQL assistant and used for column pickers."""
from __future__ import annotations

TABLES: dict[str, dict[str, str]] = {
    "fact_sales": {
        "sale_date": "DATE",
        "store_id": "INTEGER",
        "sku": "VARCHAR",
        "units": "INTEGER",
        "net_sales": "DECIMAL(12,2)",
        "cogs": "DECIMAL(12,2)",
        "promo_flag": "BOOLEAN",
        "basket_id": "VARCHAR",
    },
    "dim_store": {
        "store_id": "INTEGER",
        "store_name": "VARCHAR",
        "region": "VARCHAR",
        "format": "VARCHAR",
        "sq_ft": "INTEGER",
        "opened_on": "DATE",
    },
    "dim_product": {
        "sku": "VARCHAR",
        "product_name": "VARCHAR",
        "category": "VARCHAR",
        "subcategory": "VARCHAR",
        "brand": "VARCHAR",
        "private_label": "BOOLEAN",
    },
    "fact_inventory": {
        "snapshot_date": "DATE",
        "store_id": "INTEGER",
        "sku": "VARCHAR",
        "on_hand": "INTEGER",
        "shrink_units": "INTEGER",
    },
}

JOIN_HINTS = [
    "fact_sales.store_id = dim_store.store_id",
    "fact_sales.sku = dim_product.sku",
    "fact_inventory.(store_id, sku) = fact_sales.(store_id, sku)",
]


def schema_ddl(tables: list[str] | None = None) -> str:
    chosen = tables or list(TABLES)
    parts = []
    for name in chosen:
        cols = ",\n  ".join(f"{c} {t}" for c, t in TABLES[name].items())
        parts.append(f"CREATE TABLE {name} (\n  {cols}\n);")
    parts.append("-- joins: " + "; ".join(JOIN_HINTS))
    return "\n".join(parts)


def column_options(table: str) -> list[dict[str, str]]:
    return [{"label": c, "value": c} for c in TABLES.get(table, {})]

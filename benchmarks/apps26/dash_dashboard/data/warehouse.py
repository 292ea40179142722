"""Read-only access to the retail warehouse (DuckDB locally, MotherDuck in prod)."""
from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd
import sqlalchemy as sa

from config import get_settings

log = logging.getLogger(__name__)


@dataclass
class SavedReport:
    """A saved query/report, persisted in the app's own metadata table."""

    name: str
    sql: str
    owner: str
    created_at: dt.datetime = field(default_factory=dt.datetime.utcnow)

    @classmethod
    def create(cls, engine: sa.Engine, name: str, sql: str, owner: str) -> "SavedReport":
        report = cls(name=name, sql=sql, owner=owner)
        with engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO app_saved_reports (name, sql, owner, created_at) "
                    "VALUES (:name, :sql, :owner, :created_at)"
                ),
                {"name": name, "sql": sql, "owner": owner, "created_at": report.created_at},
            )
        return report


class Warehouse:
    def __init__(self, url: str) -> None:
        self.engine = sa.create_engine(url, pool_pre_ping=True)
        self._lock = threading.Lock()

    def query(self, sql: str, params: dict | None = None) -> pd.DataFrame:
        with self._lock, self.engine.connect() as conn:
            return pd.read_sql(sa.text(sql), conn, params=params or {})

    def daily_sales(self, start: dt.date, end: dt.date, region: str | None = None) -> pd.DataFrame:
        sql = """
            SELECT s.sale_date, st.region, SUM(s.net_sales) AS net_sales, SUM(s.units) AS units,
                   COUNT(DISTINCT s.basket_id) AS baskets
            FROM fact_sales s JOIN dim_store st USING (store_id)
            WHERE s.sale_date BETWEEN :start AND :end
              AND (:region IS NULL OR st.region = :region)
            GROUP BY 1, 2 ORDER BY 1
        """
        return self.query(sql, {"start": start, "end": end, "region": region})

    def category_mix(self, start: dt.date, end: dt.date) -> pd.DataFrame:
        sql = """
            SELECT p.category, SUM(s.net_sales) AS net_sales,
                   SUM(s.net_sales - s.cogs) / NULLIF(SUM(s.net_sales), 0) AS margin_pct
            FROM fact_sales s JOIN dim_product p USING (sku)
            WHERE s.sale_date BETWEEN :start AND :end
            GROUP BY 1 ORDER BY 2 DESC
        """
        return self.query(sql, {"start": start, "end": end})

    def store_kpis(self, store_ids: list[int], start: dt.date, end: dt.date) -> pd.DataFrame:
        sql = """
            SELECT st.store_id, st.store_name, st.region, st.sq_ft,
                   SUM(s.net_sales) AS net_sales,
                   SUM(s.net_sales) / st.sq_ft AS sales_per_sqft,
                   SUM(s.net_sales) / COUNT(DISTINCT s.basket_id) AS avg_basket,
                   SUM(i.shrink_units) AS shrink_units
            FROM fact_sales s
            JOIN dim_store st USING (store_id)
            LEFT JOIN fact_inventory i ON i.store_id = s.store_id AND i.sku = s.sku
                 AND i.snapshot_date = s.sale_date
            WHERE s.store_id IN :ids AND s.sale_date BETWEEN :start AND :end
            GROUP BY 1, 2, 3, 4
        """
        stmt_params = {"ids": tuple(store_ids), "start": start, "end": end}
        return self.query(sql.replace(":ids", str(tuple(store_ids))), stmt_params)

    def weekly_units(self, sku: str, weeks: int = 104) -> pd.DataFrame:
        sql = """
            SELECT date_trunc('week', sale_date) AS week, SUM(units) AS units
            FROM fact_sales WHERE sku = :sku
              AND sale_date >= current_date - INTERVAL (:weeks * 7) DAY
            GROUP BY 1 ORDER BY 1
        """
        return self.query(sql, {"sku": sku, "weeks": weeks})

    def stores(self) -> pd.DataFrame:
        return self.query("SELECT store_id, store_name, region FROM dim_store ORDER BY store_name")

    def products(self, limit: int = 5000) -> pd.DataFrame:
        return self.query(
            "SELECT sku, product_name, category, brand FROM dim_product LIMIT :n", {"n": limit}
        )


@lru_cache(maxsize=1)
def get_warehouse() -> Warehouse:
    return Warehouse(get_settings().warehouse_url)
